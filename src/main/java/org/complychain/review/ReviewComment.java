package org.complychain.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/**
 * An auditor's comment on one question ({@code e2.q3}) or one element ({@code e2}) of a version, or
 * a reply to one by the auditor or the company. Comments stay with the plan: later versions show
 * them with the version they were made on until the auditor marks them resolved.
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends PanacheEntityBase {

  public static final int BODY_MAX = 10_000;

  /** Who wrote a comment: the auditor, or a member of the plan's organisation replying. */
  public static final String AUDITOR = "AUDITOR";

  public static final String COMPANY = "COMPANY";

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_version_id")
  public PlanVersion planVersion;

  @Column(nullable = false, length = 20)
  public String target;

  @Column(nullable = false, length = 200)
  public String author;

  @Column(name = "author_role", nullable = false, length = 20)
  public String authorRole = AUDITOR;

  /** Set by the database's clock when the comment is written, the same clock for every instance. */
  @Generated
  @Column(nullable = false, insertable = false, updatable = false)
  public OffsetDateTime at;

  /** Keeps comments written in the same instant in written order. */
  @Generated
  @Column(nullable = false, insertable = false, updatable = false)
  public long seq;

  @Column(nullable = false)
  public String body;

  /** The comment this one answers, or null for a comment that starts a thread. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  public ReviewComment parent;

  @Column(name = "resolved_at")
  public OffsetDateTime resolvedAt;

  @Column(name = "resolved_by", length = 200)
  public String resolvedBy;

  public static List<ReviewComment> listFor(PlanVersion version) {
    return list("planVersion = ?1 and parent is null order by at, seq", version);
  }

  /** Every comment and reply of the plan made on this version or an earlier one, oldest first. */
  public static List<ReviewComment> upTo(PlanVersion version) {
    return list(
        "select c from ReviewComment c join fetch c.planVersion v"
            + " where v.plan = ?1 and v.number <= ?2 order by c.at, c.seq",
        version.plan,
        version.number);
  }
}
