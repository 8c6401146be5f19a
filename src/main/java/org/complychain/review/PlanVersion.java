package org.complychain.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complychain.plan.Plan;
import org.hibernate.annotations.LazyGroup;

/**
 * A numbered, frozen version of a plan as submitted for review: an immutable snapshot of every
 * answer and action with its SHA-256, and the review decision once made.
 *
 * <p>The snapshot and the stored document are loaded only when read (each on its own, through
 * Hibernate's bytecode enhancement), so lists and "is it locked?" never carry them; {@link Latest}
 * answers the questions plan pages ask without loading a version at all.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  @Column(nullable = false)
  public int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public VersionStatus status;

  @Basic(fetch = FetchType.LAZY)
  @LazyGroup("snapshot")
  @Column(nullable = false)
  public String snapshot;

  @Column(nullable = false, length = 64, columnDefinition = "bpchar(64)")
  public String sha256;

  @Column(name = "submitted_at", nullable = false)
  public OffsetDateTime submittedAt;

  @Column(name = "submitted_by", nullable = false, length = 200)
  public String submittedBy;

  @Column(name = "pdf_language", nullable = false, length = 5)
  public String pdfLanguage;

  @Column(name = "decided_at")
  public OffsetDateTime decidedAt;

  @Column(name = "decided_by", length = 200)
  public String decidedBy;

  @Column(name = "decision_note")
  public String decisionNote;

  @Basic(fetch = FetchType.LAZY)
  @LazyGroup("pdf")
  @Column(name = "pdf")
  public byte[] pdf;

  @Column(name = "pdf_sha256", length = 64, columnDefinition = "bpchar(64)")
  public String pdfSha256;

  /** Who the company named as the plan's approver when it submitted, and their position. */
  @Column(name = "approver_name", length = 200)
  public String approverName;

  @Column(name = "approver_position", length = 200)
  public String approverPosition;

  @Column(name = "declared_at")
  public OffsetDateTime declaredAt;

  @Column(name = "superseded_at")
  public OffsetDateTime supersededAt;

  @Version public int version;

  public static List<PlanVersion> listFor(Plan plan) {
    return list("plan = ?1 order by number desc", plan);
  }

  public static Optional<PlanVersion> latest(Plan plan) {
    return find("plan = ?1 order by number desc", plan).firstResultOptional();
  }

  public static Optional<PlanVersion> findNumber(Plan plan, int number) {
    return find("plan = ?1 and number = ?2", plan, number).firstResultOptional();
  }

  /**
   * The plan cannot be edited while this version is in review, or approved and not yet reopened.
   */
  public boolean locksPlan() {
    return locks(status, supersededAt);
  }

  static boolean locks(VersionStatus status, OffsetDateTime supersededAt) {
    return status == VersionStatus.SUBMITTED
        || (status == VersionStatus.APPROVED && supersededAt == null);
  }

  /**
   * The newest version of a plan as plan pages need it: its state, its comment count and whether
   * its document is stored, read in one narrow query without the snapshot or the document.
   */
  public record Latest(
      UUID planId,
      UUID id,
      int number,
      VersionStatus status,
      OffsetDateTime supersededAt,
      String pdfSha256,
      long comments) {

    public boolean locksPlan() {
      return locks(status, supersededAt);
    }
  }

  private static final String LATEST =
      "select new org.complychain.review.PlanVersion$Latest(v.plan.id, v.id, v.number, v.status,"
          + " v.supersededAt, v.pdfSha256, (select count(c) from ReviewComment c"
          + " where c.planVersion = v and c.parent is null))"
          + " from PlanVersion v where v.plan.id in ?1 and v.number ="
          + " (select max(w.number) from PlanVersion w where w.plan = v.plan)";

  /** The newest version of the plan, if it was ever submitted. */
  public static Optional<Latest> latestState(UUID planId) {
    return latestStates(List.of(planId)).stream().findFirst();
  }

  /** The newest version of each of these plans that was ever submitted, in one query. */
  public static List<Latest> latestStates(List<UUID> planIds) {
    if (planIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(LATEST, Latest.class)
        .setParameter(1, planIds)
        .getResultList();
  }

  /** A version as the order of a plan's versions needs it: number and status, nothing else. */
  public record Step(UUID planId, UUID id, int number, VersionStatus status) {}

  /** Every version of these plans, oldest first, in one narrow query. */
  static List<Step> steps(List<UUID> planIds) {
    if (planIds.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "select new org.complychain.review.PlanVersion$Step(v.plan.id, v.id, v.number,"
                + " v.status) from PlanVersion v where v.plan.id in ?1 order by v.number",
            Step.class)
        .setParameter(1, planIds)
        .getResultList();
  }

  /**
   * One page of the versions of these organisations' plans, newest submission first, waiting for a
   * decision or decided, with each version's plan and organisation in the same query.
   */
  static List<PlanVersion> queue(List<UUID> organisations, boolean waiting, int offset, int size) {
    return getEntityManager()
        .createQuery(
            "select v from PlanVersion v join fetch v.plan p join fetch p.organisation o"
                + " where o.id in ?1 and v.status in ?2"
                + " order by v.submittedAt desc, v.id",
            PlanVersion.class)
        .setParameter(1, organisations)
        .setParameter(2, statuses(waiting))
        .setFirstResult(offset)
        .setMaxResults(size)
        .getResultList();
  }

  private static List<VersionStatus> statuses(boolean waiting) {
    return waiting
        ? List.of(VersionStatus.SUBMITTED)
        : List.of(VersionStatus.CHANGES_REQUESTED, VersionStatus.APPROVED);
  }

  static long queueSize(List<UUID> organisations, boolean waiting) {
    return getEntityManager()
        .createQuery(
            "select count(v) from PlanVersion v where v.plan.organisation.id in ?1"
                + " and v.status in ?2",
            Long.class)
        .setParameter(1, organisations)
        .setParameter(2, statuses(waiting))
        .getSingleResult();
  }
}
