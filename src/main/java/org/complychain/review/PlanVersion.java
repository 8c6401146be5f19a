package org.complychain.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

/**
 * A numbered, frozen version of a plan as submitted for review: an immutable snapshot of every
 * answer and action with its SHA-256, and the review decision once made.
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
    return status == VersionStatus.SUBMITTED
        || (status == VersionStatus.APPROVED && supersededAt == null);
  }
}
