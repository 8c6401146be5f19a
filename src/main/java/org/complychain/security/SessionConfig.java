package org.complychain.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long sessions live and how many wrong passwords are allowed. */
@ConfigMapping(prefix = "complychain.session")
public interface SessionConfig {

  /** A session nobody used for this long has ended. */
  @WithDefault("30M")
  Duration idleTimeout();

  /** A session ends this long after sign-in, however busy it is. */
  @WithDefault("8H")
  Duration absoluteLifetime();

  /** How often a busy session records that it is still in use; keeps reads cheap. */
  @WithDefault("60S")
  Duration lastSeenInterval();

  /** Failed sign-ins counted within this window. */
  @WithDefault("15M")
  Duration failureWindow();

  /** Failed sign-ins for one account within the window before it is locked for the window. */
  @WithDefault("10")
  int maxFailuresPerAccount();

  /** Failed sign-ins from one client address within the window (offices share addresses). */
  @WithDefault("50")
  int maxFailuresPerAddress();

  /** How long typed text from an ended session is kept for its owner. */
  @WithDefault("24H")
  Duration draftLifetime();

  /** Name of the cookie that carries the server-side session's id. */
  @WithDefault("cc-session")
  String cookieName();

  /** Secure flag of the session cookies; off only for local plain-HTTP use. */
  @WithDefault("false")
  boolean secureCookies();
}
