package org.complychain.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complychain.pdf.DocumentReview;
import org.complychain.pdf.PlanDocument;
import org.complychain.pdf.PlanDocument.Status;
import org.complychain.plan.Plan;

/**
 * Tells the plan document its version, status, history and approver from the review records. A plan
 * that is not frozen is the working draft of its next version.
 */
@ApplicationScoped
public class ReviewDocument implements DocumentReview {

  @Override
  public PlanDocument.Review of(Plan plan, OffsetDateTime at) {
    List<PlanVersion> newestFirst = PlanVersion.listFor(plan);
    List<PlanDocument.VersionEntry> history = new ArrayList<>();
    List<PlanDocument.Decision> decisions = new ArrayList<>();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      PlanVersion v = newestFirst.get(i);
      history.add(
          new PlanDocument.VersionEntry(
              v.number, status(v.status), v.submittedAt, v.submittedBy, null));
      if (v.decidedAt != null) {
        decisions.add(
            new PlanDocument.Decision(
                v.number, v.decidedAt, v.decidedBy, status(v.status), v.decisionNote));
      }
    }
    PlanVersion latest = newestFirst.isEmpty() ? null : newestFirst.get(0);
    if (latest != null && latest.locksPlan()) {
      PlanDocument.Approver approver =
          latest.status == VersionStatus.APPROVED
              ? new PlanDocument.Approver(
                  // Versions submitted before approvers were named leave the lines to be written
                  // on.
                  Objects.toString(latest.approverName, ""),
                  Objects.toString(latest.approverPosition, ""),
                  latest.decidedAt)
              : null;
      return new PlanDocument.Review(
          latest.number, status(latest.status), history, decisions, approver);
    }
    int next = latest == null ? 1 : latest.number + 1;
    history.add(
        new PlanDocument.VersionEntry(next, Status.DRAFT, at, plan.organisation.name, null));
    return new PlanDocument.Review(next, Status.DRAFT, history, decisions, null);
  }

  private static Status status(VersionStatus status) {
    return switch (status) {
      case SUBMITTED -> Status.SUBMITTED;
      case CHANGES_REQUESTED -> Status.CHANGES_REQUESTED;
      case APPROVED -> Status.APPROVED;
    };
  }
}
