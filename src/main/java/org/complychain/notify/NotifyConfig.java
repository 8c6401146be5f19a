package org.complychain.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notifications reach people outside the app. */
@ConfigMapping(prefix = "complychain.notify")
public interface NotifyConfig {

  /** Whether e-mail is written at all: only when an SMTP server is configured. */
  @WithDefault("false")
  boolean mail();

  /** The address people open the app at; links in e-mail start with it. */
  @WithDefault("http://localhost:8080")
  String baseUrl();

  /**
   * When the daily checks run (a Quartz-style cron in UTC), or {@code off}; read by the scheduler.
   */
  @WithDefault("0 15 5 * * ?")
  String dailyCron();

  /** How often the mail queue is sent, or {@code off}; read by the scheduler. */
  @WithDefault("30s")
  String mailEvery();
}
