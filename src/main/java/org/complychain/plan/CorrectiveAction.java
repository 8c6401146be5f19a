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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** What the company will do to close a gap found by one key question. */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends PanacheEntityBase {

  public static final int TEXT_MAX = 10_000;
  public static final int OWNER_MAX = 200;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  @Column(name = "question_id", nullable = false, length = 20)
  public String questionId;

  @Column(nullable = false)
  public String description;

  @Column(nullable = false, length = OWNER_MAX)
  public String owner;

  @Column(name = "due_date", nullable = false)
  public LocalDate dueDate;

  @Column(nullable = false)
  public String verification;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public ActionStatus status;

  /**
   * Set by the database's clock on insert: it orders actions due the same day on every instance.
   */
  @Generated
  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  public String updatedBy;

  /** The action of last year's plan this one continues, when it was carried over. */
  @Column(name = "carried_from_id")
  public UUID carriedFromId;

  @Version public int version;

  public static Optional<CorrectiveAction> findIn(Plan plan, UUID id) {
    return find("id = ?1 and plan = ?2", id, plan).firstResultOptional();
  }

  public static List<CorrectiveAction> listFor(Plan plan) {
    return list("plan = ?1 order by dueDate, createdAt", plan);
  }

  public boolean overdue(LocalDate today) {
    return !status.closed() && dueDate.isBefore(today);
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("description", description);
    fields.put("owner", owner);
    fields.put("dueDate", dueDate.toString());
    fields.put("verification", verification);
    fields.put("status", status.name());
    return fields;
  }

  /** The question of an action of the plan, read without loading the action itself. */
  static Optional<String> questionOf(Plan plan, UUID id) {
    return getEntityManager()
        .createQuery(
            "select a.questionId from CorrectiveAction a where a.id = ?1 and a.plan = ?2",
            String.class)
        .setParameter(1, id)
        .setParameter(2, plan)
        .getResultStream()
        .findFirst();
  }
}
