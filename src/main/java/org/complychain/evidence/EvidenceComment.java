package org.complychain.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** The auditor's remark on one file of a submitted version ("expired", "illegible"). */
@Entity
@Table(name = "evidence_comment")
public class EvidenceComment extends PanacheEntityBase {

  public static final int BODY_MAX = 2_000;

  @Id public UUID id;

  @Column(name = "file_id", nullable = false)
  public UUID fileId;

  @Column(name = "plan_version_id", nullable = false)
  public UUID versionId;

  @Column(nullable = false, length = 200)
  public String author;

  @Column(nullable = false)
  public String body;

  @Generated(event = EventType.INSERT)
  @Column(insertable = false, updatable = false)
  public OffsetDateTime at;

  /** The remarks on a file made on any version of a plan, oldest first. */
  public static List<EvidenceComment> listFor(UUID fileId, List<UUID> versionIds) {
    return list("fileId = ?1 and versionId in ?2 order by at, id", fileId, versionIds);
  }
}
