package org.complychain.system;

import io.smallrye.config.ConfigMapping;

/** The application's own settings. */
@ConfigMapping(prefix = "complychain")
public interface AppConfig {

  Demo demo();

  Auth auth();

  interface Demo {
    /** A demo instance shows a banner and seeds its sample organisations. */
    boolean enabled();

    /** Where the embedded demo database keeps its data; read by {@code Main} before start. */
    java.util.Optional<String> dataDir();
  }

  interface Auth {
    /** Sign-in through the application's own login form (demo and tests) rather than OIDC. */
    boolean formLogin();
  }
}
