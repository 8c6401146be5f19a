package org.complychain.plan;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** One change to a plan: who, when, and the fields before and after (as JSON). */
@Entity
@Table(name = "plan_history")
public class HistoryEntry extends PanacheEntityBase {

  /** What was changed. */
  public enum Subject {
    PLAN,
    ANSWER,
    ACTION,
    SUBMISSION,
    COMMENT,
    DECISION,
    DOWNLOAD,
    NEW_VERSION,
    EVIDENCE_ADDED,
    EVIDENCE_REMOVED
  }

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public Subject subject;

  @Column(name = "subject_id", nullable = false)
  public UUID subjectId;

  @Column(name = "question_id", length = 20)
  public String questionId;

  @Column(nullable = false, length = 200)
  public String actor;

  /** Set by the database's clock when the entry is written, the same clock for every instance. */
  @Generated
  @Column(nullable = false, insertable = false, updatable = false)
  public OffsetDateTime at;

  /** Keeps entries written in the same instant (one save records several) in written order. */
  @Generated
  @Column(nullable = false, insertable = false, updatable = false)
  public long seq;

  @Column(name = "before_value")
  public String before;

  @Column(name = "after_value")
  public String after;

  /**
   * One page of the plan's history, newest first; the sequence keeps pages apart on equal times.
   */
  static List<HistoryEntry> page(Plan plan, int offset, int size) {
    return find("plan = ?1 order by at desc, seq desc", plan)
        .range(offset, offset + size - 1)
        .list();
  }

  static long countFor(Plan plan) {
    return count("plan = ?1", plan);
  }
}
