package org.complychain.evidence;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Which files submitted versions froze: those stay exactly as the auditor received them. */
public final class EvidenceFreezes {

  private EvidenceFreezes() {}

  static boolean frozen(EntityManager em, UUID fileId) {
    return !em.createNativeQuery("select 1 from evidence_freeze where file_id = ?1")
        .setParameter(1, fileId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Whether the version froze the file: the auditor may open only those. */
  static boolean frozenIn(EntityManager em, UUID fileId, UUID versionId) {
    return !em.createNativeQuery(
            "select 1 from evidence_freeze where file_id = ?1 and plan_version_id = ?2")
        .setParameter(1, fileId)
        .setParameter(2, versionId)
        .getResultList()
        .isEmpty();
  }
}
