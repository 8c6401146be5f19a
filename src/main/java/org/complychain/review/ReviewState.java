package org.complychain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complychain.admin.AuditorAssignment;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanReviewState;

/** Tells the plan pages whether a plan is frozen and what its review threads say. */
@ApplicationScoped
public class ReviewState implements PlanReviewState {

  @Inject VersionViews views;
  @Inject ReviewService reviews;

  @Override
  public boolean locked(Plan plan) {
    return PlanVersion.latest(plan).map(PlanVersion::locksPlan).orElse(false);
  }

  @Override
  public Map<String, List<Note>> notes(Plan plan) {
    Optional<PlanVersion> latest = PlanVersion.latest(plan);
    if (latest.isEmpty()) {
      return Map.of();
    }
    PlanVersion version = latest.get();
    String replyUrl = reviews.answerable(version) ? VersionViews.replyUrl(version) : "";
    Map<String, List<Note>> notes = new LinkedHashMap<>();
    CommentThreads.of(version, views.reader())
        .forEach(
            (target, threads) ->
                notes.put(target, threads.stream().map(c -> note(c, replyUrl)).toList()));
    return notes;
  }

  /** Replies carry no reply link: a reply answers the thread's first comment. */
  private static Note note(CommentThreads.CommentView c, String replyUrl) {
    return new Note(
        c.role(),
        c.author(),
        c.when(),
        c.body(),
        c.version(),
        c.resolved(),
        c.resolvedBy(),
        c.resolvedWhen(),
        replyUrl.isEmpty() ? "" : replyUrl + c.id() + "&from=element",
        c.replies().stream().map(r -> note(r, "")).toList());
  }

  @Override
  public Standing standing(Plan plan) {
    return PlanVersion.latest(plan)
        .map(
            v ->
                switch (v.status) {
                  case SUBMITTED -> new Standing(Stage.IN_REVIEW, 0);
                  case CHANGES_REQUESTED ->
                      new Standing(Stage.CHANGES_REQUESTED, ReviewComment.listFor(v).size());
                  case APPROVED ->
                      new Standing(v.supersededAt == null ? Stage.APPROVED : Stage.DRAFT, 0);
                })
        .orElse(new Standing(Stage.DRAFT, 0));
  }

  @Override
  public boolean hasAuditor(Plan plan) {
    return AuditorAssignment.count("organisation.id = ?1", plan.organisation.id) > 0;
  }

  @Override
  public Optional<ApprovedPdf> approvedPdf(Plan plan) {
    return PlanVersion.latest(plan)
        .filter(v -> v.status == VersionStatus.APPROVED && v.supersededAt == null && v.pdf != null)
        .map(
            v ->
                new ApprovedPdf(
                    v.number, "/plans/" + plan.id + "/versions/" + v.number + "/pdf", v.pdfSha256));
  }
}
