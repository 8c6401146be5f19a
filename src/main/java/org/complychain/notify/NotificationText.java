package org.complychain.notify;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.complychain.web.Dates;

/** A notification's title and sentence in one language, written when it is read. */
public record NotificationText(String title, String text) {

  static NotificationText of(NotificationKind kind, String json, Locale locale) {
    NotifyMessages m =
        MessageBundles.get(NotifyMessages.class, Localized.Literal.of(locale.getLanguage()));
    Map<String, String> p = Notifier.params(json);
    String org = p.getOrDefault("organisation", "");
    String plan = p.getOrDefault("plan", "");
    String number = p.getOrDefault("number", "");
    return switch (kind) {
      case PLAN_SUBMITTED ->
          new NotificationText(m.title_PLAN_SUBMITTED(), m.text_PLAN_SUBMITTED(org, plan, number));
      case CHANGES_REQUESTED ->
          new NotificationText(m.title_CHANGES_REQUESTED(), m.text_CHANGES_REQUESTED(plan, number));
      case PLAN_APPROVED ->
          new NotificationText(m.title_PLAN_APPROVED(), m.text_PLAN_APPROVED(plan, number));
      case AUDITOR_COMMENTED ->
          new NotificationText(m.title_AUDITOR_COMMENTED(), m.text_AUDITOR_COMMENTED(plan, number));
      case COMPANY_REPLIED ->
          new NotificationText(
              m.title_COMPANY_REPLIED(), m.text_COMPANY_REPLIED(org, plan, number));
      case EVIDENCE_EXPIRING ->
          new NotificationText(
              m.title_EVIDENCE_EXPIRING(),
              m.text_EVIDENCE_EXPIRING(p.getOrDefault("title", ""), date(p, locale)));
      case ACTION_OVERDUE ->
          new NotificationText(
              m.title_ACTION_OVERDUE(),
              m.text_ACTION_OVERDUE(plan, date(p, locale), p.getOrDefault("action", "")));
    };
  }

  private static String date(Map<String, String> params, Locale locale) {
    String date = params.get("date");
    return date == null ? "" : Dates.date(LocalDate.parse(date), locale);
  }
}
