package org.complychain.evidence;

import java.util.UUID;

/** Where a file is attached: an answer (plan and question) or a corrective action of a plan. */
public record EvidenceTarget(UUID planId, String questionId, UUID actionId) {

  public static EvidenceTarget answer(UUID planId, String questionId) {
    return new EvidenceTarget(planId, questionId, null);
  }

  public static EvidenceTarget action(UUID planId, UUID actionId) {
    return new EvidenceTarget(planId, null, actionId);
  }
}
