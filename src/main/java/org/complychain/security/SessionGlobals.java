package org.complychain.security;

import io.quarkus.qute.TemplateGlobal;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** Session facts that long forms tell their reader, so that nobody loses an hour of typing. */
@TemplateGlobal
public class SessionGlobals {

  private SessionGlobals() {}

  /** Minutes a page may be left without saving before the session ends. */
  static long sessionIdleMinutes() {
    return ConfigProvider.getConfig()
        .getOptionalValue("complychain.session.idle-timeout", Duration.class)
        .orElse(Duration.ofMinutes(30))
        .toMinutes();
  }
}
