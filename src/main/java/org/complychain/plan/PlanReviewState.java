package org.complychain.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What review says about a plan, as the plan pages need it (the review feature answers). */
public interface PlanReviewState {

  /** A reviewer's comment, ready to show. */
  record Note(String author, String when, String body) {}

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

  /** Comments of the latest reviewed version, by question or element id. */
  Map<String, List<Note>> notes(Plan plan);

  /** Where the plan's latest version stands. */
  Standing standing(Plan plan);

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
