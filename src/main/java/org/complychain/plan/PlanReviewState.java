package org.complychain.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What review says about a plan, as the plan pages need it (the review feature answers). */
public interface PlanReviewState {

  /**
   * A comment of a review thread, ready to show: who wrote it (their side, auditor or company, in
   * the reader's language), when, on which version, whether the auditor resolved it, its replies,
   * and where the company replies to it (empty when it cannot now).
   */
  record Note(
      String role,
      String author,
      String when,
      String body,
      int version,
      boolean resolved,
      String resolvedBy,
      String resolvedWhen,
      String replyUrl,
      List<Note> replies) {}

  /** Where a plan stands in review, as lists of plans show it. */
  enum Stage {
    /** Never submitted, or reopened after approval: the company is working on it. */
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED
  }

  /** The stage of a plan, with the number of comments when the auditor asked for changes. */
  record Standing(Stage stage, int comments) {}

  /** Whether the plan is frozen: in review, or approved and not yet reopened. */
  boolean locked(Plan plan);

  /**
   * The comment threads read on the plan's newest version (made on it or an earlier one), by
   * question or element id.
   */
  Map<String, List<Note>> notes(Plan plan);

  /** Where each of these plans stands, in one query; a plan never submitted is missing. */
  Map<UUID, Standing> standings(List<UUID> planIds);

  /** Whether an auditor serves the plan's organisation, so that a submission reaches someone. */
  boolean hasAuditor(Plan plan);

  /**
   * The document stored when the plan's latest version was approved, with its address and SHA-256.
   * Empty while the plan was never approved, is in review again, or a new version was started.
   */
  record ApprovedPdf(int version, String href, String sha256) {}

  /** The approved document that stands for the plan now, if there is one. */
  Optional<ApprovedPdf> approvedPdf(Plan plan);
}
