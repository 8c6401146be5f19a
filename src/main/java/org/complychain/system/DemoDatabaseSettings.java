package org.complychain.system;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Decides, before Quarkus reads its configuration, whether the demo needs its own PostgreSQL: only
 * for the {@code demo} profile and only when no datasource URL was given.
 */
record DemoDatabaseSettings(String profile, boolean datasourceGiven, Path dataDirectory) {

  static final String DATA_DIR_PROPERTY = "complychain.demo.data-dir";
  static final String DATA_DIR_ENV = "COMPLYCHAIN_DEMO_DATA_DIR";

  static DemoDatabaseSettings fromEnvironment() {
    return from(System.getProperties(), System.getenv());
  }

  static DemoDatabaseSettings from(Properties props, Map<String, String> env) {
    String profile =
        props.getProperty("quarkus.profile", env.getOrDefault("QUARKUS_PROFILE", "prod"));
    boolean datasourceGiven =
        props.getProperty("quarkus.datasource.jdbc.url") != null
            || env.get("QUARKUS_DATASOURCE_JDBC_URL") != null;
    String dir = props.getProperty(DATA_DIR_PROPERTY, env.get(DATA_DIR_ENV));
    Path dataDirectory =
        dir != null && !dir.isBlank()
            ? Path.of(dir)
            : Path.of(props.getProperty("user.home"), ".complychain", "demo-postgres");
    return new DemoDatabaseSettings(profile, datasourceGiven, dataDirectory.toAbsolutePath());
  }

  boolean shouldStart() {
    return "demo".equals(profile) && !datasourceGiven;
  }
}
