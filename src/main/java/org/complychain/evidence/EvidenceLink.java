package org.complychain.evidence;

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
import org.hibernate.generator.EventType;

/** One file serving one answer (plan and question) or one corrective action of a plan. */
@Entity
@Table(name = "evidence_link")
public class EvidenceLink extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "file_id")
  public EvidenceFile file;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "question_id", length = 20)
  public String questionId;

  @Column(name = "action_id")
  public UUID actionId;

  @Generated(event = EventType.INSERT)
  @Column(name = "created_at", insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 200)
  public String createdBy;

  /** Every link of a plan with its file, in one query. */
  public static List<EvidenceLink> listFor(UUID planId) {
    return list(
        "select l from EvidenceLink l join fetch l.file where l.planId = ?1"
            + " order by l.file.title, l.file.id",
        planId);
  }

  public static List<EvidenceLink> listFor(EvidenceFile file) {
    return list("file = ?1 order by createdAt", file);
  }
}
