package org.complychain.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of sign-in, session and kept-form pages; in {@code
 * i18n/messages/security_<lang>.properties}.
 */
@MessageBundle(value = "security", locale = "en")
public interface SecurityMessages {

  @Message
  String login_locked_title();

  @Message
  String login_locked(long minutes);

  @Message
  String login_expired();

  @Message
  String login_refused();

  @Message
  String kept_title();

  @Message
  String kept_intro();

  @Message
  String kept_save();

  @Message
  String kept_nothing_saved();

  @Message
  String session_idle_notice(long minutes);
}
