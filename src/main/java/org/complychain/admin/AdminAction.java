package org.complychain.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One change an administrator made, kept for good: who, what, to which organisation (with its name
 * at the time) and when, by the database's clock so that every instance agrees on the order.
 */
@Entity
@Table(name = "admin_action")
public class AdminAction extends PanacheEntityBase {

  /** What was done; the subject and detail each kind carries are named beside it. */
  public enum Kind {
    ORGANISATION_CREATED,
    /** Detail: the name before. */
    ORGANISATION_RENAMED,
    /** Subject: the member's identity, as for the next three. */
    MEMBER_ADDED,
    /** Detail: the organisation the member went to. */
    MEMBER_MOVED,
    MEMBER_REMOVED,
    MEMBERSHIP_CONFIRMED,
    /** Subject: the auditor's identity. */
    AUDITOR_ASSIGNED,
    AUDITOR_UNASSIGNED
  }

  @Id public UUID id;

  /** Filled by the database when the row is written. */
  @Column(insertable = false, updatable = false)
  public OffsetDateTime at;

  @Column(nullable = false, length = 200)
  public String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  public Kind kind;

  @Column(name = "organisation_id")
  public UUID organisationId;

  @Column(name = "organisation_name", nullable = false, length = 200)
  public String organisationName;

  @Column(length = 200)
  public String subject;

  @Column(length = 200)
  public String detail;

  static void record(
      String actor, Kind kind, UUID organisationId, String organisationName, String subject) {
    record(actor, kind, organisationId, organisationName, subject, null);
  }

  static void record(
      String actor,
      Kind kind,
      UUID organisationId,
      String organisationName,
      String subject,
      String detail) {
    AdminAction action = new AdminAction();
    action.id = UUID.randomUUID();
    action.actor = actor;
    action.kind = kind;
    action.organisationId = organisationId;
    action.organisationName = organisationName;
    action.subject = subject;
    action.detail = detail;
    action.persist();
  }

  /** One page of every action, newest first. */
  static List<AdminAction> page(int offset, int size) {
    return find("order by at desc, id").range(offset, offset + size - 1).list();
  }
}
