package org.complychain.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the mail written by {@link Notifier} once its event committed. Each row is taken under a
 * row lock that other instances skip, so every message goes out once; a failed send is tried again
 * later, ten minutes more after each attempt, five times at most.
 */
@ApplicationScoped
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class);
  static final int MAX_ATTEMPTS = 5;
  private static final int BATCH = 100;

  @Inject EntityManager em;
  @Inject Mailer mailer;
  @Inject NotifyConfig config;

  @Location("mail/notification.html")
  Template html;

  @Location("mail/notification.txt")
  Template text;

  @Scheduled(
      identity = "notification-mail",
      every = "${complychain.notify.mail-every:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (config.mail()) {
      sendPending();
    }
  }

  /** Sends what is waiting; returns how many messages went out. */
  public int sendPending() {
    int sent = 0;
    for (int i = 0; i < BATCH; i++) {
      Boolean result = QuarkusTransaction.requiringNew().call(this::sendOne);
      if (result == null) {
        break;
      }
      if (result) {
        sent++;
      }
    }
    return sent;
  }

  /** Sends the oldest message due; null when none is. */
  private Boolean sendOne() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select o.id, o.address, o.language, n.kind, n.params, n.link from mail_outbox o"
                    + " join notification n on n.id = o.notification_id"
                    + " where o.sent_at is null and o.attempts < ?1"
                    + " and o.created_at + make_interval(mins => 10 * o.attempts) <= now()"
                    + " order by o.created_at limit 1 for update of o skip locked")
            .setParameter(1, MAX_ATTEMPTS)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = rows.get(0);
    UUID id = (UUID) row[0];
    try {
      mailer.send(
          message(
              (String) row[1],
              Locale.forLanguageTag((String) row[2]),
              NotificationKind.valueOf((String) row[3]),
              (String) row[4],
              (String) row[5]));
      em.createNativeQuery("update mail_outbox set sent_at = now() where id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      return true;
    } catch (RuntimeException e) {
      LOG.warnf("Could not send notification mail %s: %s", id, e.getMessage());
      String error = String.valueOf(e.getMessage());
      em.createNativeQuery(
              "update mail_outbox set attempts = attempts + 1, last_error = ?2 where id = ?1")
          .setParameter(1, id)
          .setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
          .executeUpdate();
      return false;
    }
  }

  /** The message in the recipient's language: plain text and HTML, with the link back. */
  Mail message(String address, Locale locale, NotificationKind kind, String params, String link) {
    NotificationText words = NotificationText.of(kind, params, locale);
    String url = config.baseUrl().replaceAll("/+$", "") + link;
    String subject =
        MessageBundles.get(NotifyMessages.class, Localized.Literal.of(locale.getLanguage()))
            .mail_subject(words.title());
    return Mail.withText(address, subject, render(text, words, url, locale))
        .setHtml(render(html, words, url, locale));
  }

  private static String render(Template template, NotificationText words, String url, Locale l) {
    return template
        .instance()
        .data("title", words.title())
        .data("text", words.text())
        .data("url", url)
        .data("lang", l.getLanguage())
        .setLocale(l)
        .render();
  }
}
