package org.complychain.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and clears the notifications of test accounts straight from the database. */
final class NotificationFixtures {

  private static final Pattern READ_FORM =
      Pattern.compile("action=\"/notifications/([0-9a-f-]{36})/read\"");

  private NotificationFixtures() {}

  /** Forgets what the accounts were told, so a test counts only its own events. */
  static void clear(EntityManager em, String... recipients) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("delete from notification where recipient in (?1)")
                    .setParameter(1, List.of(recipients))
                    .executeUpdate());
  }

  /** The kinds the account was told, oldest first. */
  @SuppressWarnings("unchecked")
  static List<String> kinds(EntityManager em, String recipient) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery(
                        "select kind from notification where recipient = ?1"
                            + " order by created_at, kind")
                    .setParameter(1, recipient)
                    .getResultList());
  }

  /** The ids of the notifications listed on a notifications page, top first. */
  static List<UUID> ids(String page) {
    Matcher m = READ_FORM.matcher(page);
    List<UUID> ids = new java.util.ArrayList<>();
    while (m.find()) {
      ids.add(UUID.fromString(m.group(1)));
    }
    return ids;
  }
}
