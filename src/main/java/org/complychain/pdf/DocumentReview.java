package org.complychain.pdf;

import java.time.OffsetDateTime;
import org.complychain.plan.Plan;

/**
 * What review says about a plan's document: version, status, history, decisions and approver. The
 * review feature provides the bean; until it does, {@link DraftReview} answers that every plan is a
 * working draft, so every document carries the draft watermark.
 */
public interface DocumentReview {

  /**
   * @param at the time of the document, for the history row of a version still being drafted
   */
  PlanDocument.Review of(Plan plan, OffsetDateTime at);
}
