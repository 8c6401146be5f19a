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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A company's answer to one key question of a plan. One row per question, made with the plan. */
@Entity
@Table(name = "answer")
public class Answer extends PanacheEntityBase {

  public static final int TEXT_MAX = 10_000;
  public static final int OWNER_MAX = 200;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  @Column(name = "question_id", nullable = false, length = 20)
  public String questionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public AnswerStatus status;

  @Column(name = "answer_text")
  public String text;

  @Column(name = "na_reason")
  public String naReason;

  @Column(length = OWNER_MAX)
  public String owner;

  @Column(name = "target_date")
  public LocalDate targetDate;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by", length = 200)
  public String updatedBy;

  /**
   * Carried over from last year's approved plan and not yet confirmed or changed; the previous
   * fields keep last year's words to show beside the editor.
   */
  @Column(name = "to_review", nullable = false)
  public boolean toReview;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_status", length = 20)
  public AnswerStatus previousStatus;

  @Column(name = "previous_text")
  public String previousText;

  @Column(name = "previous_reason")
  public String previousReason;

  @Version public int version;

  public static List<Answer> listFor(Plan plan) {
    return list("plan = ?1 order by questionId", plan);
  }

  /** The answers of several plans in one query, by plan and question. */
  public static List<Answer> listFor(List<UUID> planIds) {
    return planIds.isEmpty()
        ? List.of()
        : list("plan.id in ?1 order by plan.id, questionId", planIds);
  }

  /** How many carried-over answers of the plan wait to be confirmed or changed. */
  public static long countToReview(Plan plan) {
    return count("plan = ?1 and toReview = true", plan);
  }

  /**
   * Counted as answered: a status was chosen and the text (or the reason it does not apply) given.
   */
  public boolean answered() {
    return switch (status) {
      case NOT_STARTED -> false;
      case NOT_APPLICABLE -> naReason != null && !naReason.isBlank();
      default -> text != null && !text.isBlank();
    };
  }

  /**
   * Counted as done, the one measure of progress: in place and described, or not applicable with
   * the reason. An answer still "in progress" is answered but not done.
   */
  public boolean complete() {
    return switch (status) {
      case IN_PLACE -> text != null && !text.isBlank();
      case NOT_APPLICABLE -> naReason != null && !naReason.isBlank();
      default -> false;
    };
  }

  public boolean touched() {
    return status != AnswerStatus.NOT_STARTED || (text != null && !text.isBlank());
  }

  /** The fields a person edits, for the history. */
  public Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", status.name());
    fields.put("text", text);
    fields.put("naReason", naReason);
    fields.put("owner", owner);
    fields.put("targetDate", targetDate == null ? null : targetDate.toString());
    return fields;
  }
}
