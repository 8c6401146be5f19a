package org.complychain.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Marking a person's own notifications read. */
@ApplicationScoped
public class NotificationService {

  @Inject EntityManager em;

  /** Marks the person's notification read and gives its link; empty when it is not theirs. */
  @Transactional
  public Optional<String> markRead(String recipient, UUID id) {
    Optional<Notification> found = Notification.findFor(recipient, id);
    found.filter(n -> n.readAt == null).ifPresent(n -> n.readAt = OffsetDateTime.now());
    return found.map(n -> n.link);
  }

  @Transactional
  public int markAllRead(String recipient) {
    return em.createNativeQuery(
            "update notification set read_at = now() where recipient = ?1 and read_at is null")
        .setParameter(1, People.key(recipient))
        .executeUpdate();
  }
}
