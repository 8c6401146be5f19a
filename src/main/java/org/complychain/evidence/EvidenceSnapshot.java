package org.complychain.evidence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The evidence part of a submitted version's snapshot: for every link of the plan, the file's id,
 * title, kind, dates, size, type and SHA-256, and the answer or action it serves. Sorted, so the
 * same evidence always gives the same snapshot hash.
 */
public final class EvidenceSnapshot {

  private EvidenceSnapshot() {}

  public static List<Map<String, Object>> of(UUID planId) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (EvidenceLink link : EvidenceLink.listFor(planId)) {
      EvidenceFile f = link.file;
      Map<String, Object> entry = new TreeMap<>();
      entry.put("id", f.id.toString());
      entry.put("title", f.title);
      entry.put("kind", f.kind.name());
      entry.put("issuedOn", f.issuedOn == null ? null : f.issuedOn.toString());
      entry.put("expiresOn", f.expiresOn == null ? null : f.expiresOn.toString());
      entry.put("size", f.size);
      entry.put("mediaType", f.mediaType);
      entry.put("sha256", f.sha256);
      entry.put("questionId", link.questionId);
      entry.put("actionId", link.actionId == null ? null : link.actionId.toString());
      entries.add(entry);
    }
    entries.sort(
        java.util.Comparator.comparing((Map<String, Object> e) -> String.valueOf(e.get("title")))
            .thenComparing(e -> String.valueOf(e.get("id")))
            .thenComparing(e -> String.valueOf(e.get("questionId")))
            .thenComparing(e -> String.valueOf(e.get("actionId"))));
    return entries;
  }

  /** Freezes the files the snapshot lists with the version, in the submission's transaction. */
  public static void freeze(EntityManager em, UUID versionId, List<Map<String, Object>> entries) {
    entries.stream()
        .map(e -> UUID.fromString((String) e.get("id")))
        .distinct()
        .forEach(
            fileId ->
                em.createNativeQuery(
                        "insert into evidence_freeze (file_id, plan_version_id) values (?1, ?2)"
                            + " on conflict do nothing")
                    .setParameter(1, fileId)
                    .setParameter(2, versionId)
                    .executeUpdate());
  }
}
