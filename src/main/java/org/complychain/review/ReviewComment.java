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

/**
 * An auditor's comment on one question ({@code e2.q3}) or one element ({@code e2}) of a version.
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends PanacheEntityBase {

  public static final int BODY_MAX = 10_000;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_version_id")
  public PlanVersion planVersion;

  @Column(nullable = false, length = 20)
  public String target;

  @Column(nullable = false, length = 200)
  public String author;

  @Column(nullable = false)
  public OffsetDateTime at;

  @Column(nullable = false)
  public String body;

  public static List<ReviewComment> listFor(PlanVersion version) {
    return list("planVersion = ?1 order by at", version);
  }
}
