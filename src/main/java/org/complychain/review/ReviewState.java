package org.complychain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    return PlanVersion.latestState(plan.id).map(PlanVersion.Latest::locksPlan).orElse(false);
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

  private static final Standing DRAFT = new Standing(Stage.DRAFT, 0);

  @Override
  public Map<UUID, Standing> standings(List<UUID> planIds) {
    Map<UUID, Standing> standings = new HashMap<>();
    for (PlanVersion.Latest v : PlanVersion.latestStates(planIds)) {
      standings.put(
          v.planId(),
          switch (v.status()) {
            case SUBMITTED -> new Standing(Stage.IN_REVIEW, 0);
            case CHANGES_REQUESTED -> new Standing(Stage.CHANGES_REQUESTED, (int) v.comments());
            case APPROVED -> v.supersededAt() == null ? new Standing(Stage.APPROVED, 0) : DRAFT;
          });
    }
    return standings;
  }

  @Override
  public boolean hasAuditor(Plan plan) {
    return AuditorAssignment.count("organisation.id = ?1", plan.organisation.id) > 0;
  }

  /** The document and its hash are stored together, so a hash says a document is there. */
  @Override
  public Optional<ApprovedPdf> approvedPdf(Plan plan) {
    return PlanVersion.latestState(plan.id)
        .filter(
            v ->
                v.status() == VersionStatus.APPROVED
                    && v.supersededAt() == null
                    && v.pdfSha256() != null)
        .map(
            v ->
                new ApprovedPdf(
                    v.number(),
                    "/plans/" + plan.id + "/versions/" + v.number() + "/pdf",
                    v.pdfSha256()));
  }
}
