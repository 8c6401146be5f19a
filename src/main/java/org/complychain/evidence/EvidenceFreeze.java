package org.complychain.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One file frozen with one submitted version (written by {@link EvidenceSnapshot#freeze}). */
@Entity
@Table(name = "evidence_freeze")
@IdClass(EvidenceFreeze.Key.class)
public class EvidenceFreeze extends PanacheEntityBase {

  /** The composite key. */
  public static class Key implements Serializable {
    public UUID fileId;
    public UUID versionId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(fileId, k.fileId)
          && java.util.Objects.equals(versionId, k.versionId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(fileId, versionId);
    }
  }

  @Id
  @Column(name = "file_id")
  public UUID fileId;

  @Id
  @Column(name = "plan_version_id")
  public UUID versionId;
}
