package org.complychain.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of notifications, their page and their e-mail; in {@code
 * i18n/messages/notify_<lang>.properties}.
 */
@MessageBundle(value = "notify", locale = "en")
public interface NotifyMessages {

  @Message
  String page_title();

  @Message
  String page_intro();

  @Message
  String page_empty();

  @Message
  String mark_all_read();

  @Message
  String mark_read();

  @Message
  String open();

  @Message
  String unread();

  @Message
  String badge_label(long count);

  @Message
  String title_PLAN_SUBMITTED();

  @Message
  String title_CHANGES_REQUESTED();

  @Message
  String title_PLAN_APPROVED();

  @Message
  String title_AUDITOR_COMMENTED();

  @Message
  String title_COMPANY_REPLIED();

  @Message
  String title_EVIDENCE_EXPIRING();

  @Message
  String title_ACTION_OVERDUE();

  @Message
  String text_PLAN_SUBMITTED(String organisation, String plan, String number);

  @Message
  String text_CHANGES_REQUESTED(String plan, String number);

  @Message
  String text_PLAN_APPROVED(String plan, String number);

  @Message
  String text_AUDITOR_COMMENTED(String plan, String number);

  @Message
  String text_COMPANY_REPLIED(String organisation, String plan, String number);

  @Message
  String text_EVIDENCE_EXPIRING(String title, String date);

  @Message
  String text_ACTION_OVERDUE(String plan, String date, String action);

  @Message
  String mail_subject(String title);

  @Message
  String mail_greeting();

  @Message
  String mail_open();

  @Message
  String mail_footer();
}
