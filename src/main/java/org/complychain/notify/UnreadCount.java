package org.complychain.notify;

import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import org.complychain.security.CurrentUser;

/**
 * The header's count of unread notifications: one query on the partial index of unread rows, made
 * only for a signed-in person and only once per request. Error pages rendered on the I/O thread
 * (403, 404 before any resource ran) may not query the database: they show the bell alone.
 */
@Named("notifications")
@RequestScoped
public class UnreadCount {

  /** Above this the header shows "99+": counting further would only cost time. */
  static final int SHOWN_MAX = 99;

  @Inject CurrentUser user;
  @Inject EntityManager em;

  private Long count;

  public long count() {
    if (count == null) {
      count =
          user.signedIn() && BlockingOperationControl.isBlockingAllowed()
              ? ((Number)
                      em.createNativeQuery(
                              "select count(*) from (select 1 from notification where recipient"
                                  + " = ?1 and read_at is null limit ?2) unread")
                          .setParameter(1, People.key(user.username()))
                          .setParameter(2, SHOWN_MAX + 1)
                          .getSingleResult())
                  .longValue()
              : 0L;
    }
    return count;
  }

  /** The number as the badge shows it. */
  public String shown() {
    return count() > SHOWN_MAX ? SHOWN_MAX + "+" : Long.toString(count());
  }
}
