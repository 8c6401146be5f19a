package org.complychain.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** One event told to one person; written by {@link Notifier}, read on the notifications page. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

  @Id public UUID id;

  /** The identity told, in lower case. */
  @Column(nullable = false, length = 200)
  public String recipient;

  @Column(name = "organisation_id")
  public UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  public NotificationKind kind;

  /** The event's details as a JSON object of strings. */
  @Column(nullable = false)
  public String params;

  @Column(nullable = false, length = 500)
  public String link;

  @Column(name = "once_key", length = 200)
  public String onceKey;

  @Generated
  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  @Column(name = "read_at")
  public OffsetDateTime readAt;

  /** One page of the person's notifications, newest first. */
  static List<Notification> page(String recipient, int offset, int size) {
    return find("recipient = ?1 order by createdAt desc, id", People.key(recipient))
        .range(offset, offset + size - 1)
        .list();
  }

  static long countFor(String recipient) {
    return count("recipient", People.key(recipient));
  }

  /** The person's own notification; another person's id is not found. */
  static Optional<Notification> findFor(String recipient, UUID id) {
    return find("id = ?1 and recipient = ?2", id, People.key(recipient)).firstResultOptional();
  }
}
