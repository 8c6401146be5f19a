package org.complychain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.complychain.admin.AuditorAssignment;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanReviewState;
import org.complychain.web.Dates;
import org.complychain.web.RequestLocale;

/** Tells the plan pages whether a plan is frozen and what its reviewer said. */
@ApplicationScoped
public class ReviewState implements PlanReviewState {

  @Inject RequestLocale locale;

  @Override
  public boolean locked(Plan plan) {
    return PlanVersion.latest(plan).map(PlanVersion::locksPlan).orElse(false);
  }

  @Override
  public Map<String, List<Note>> notes(Plan plan) {
    Locale loc = Locale.forLanguageTag(locale.tag());
    return PlanVersion.<PlanVersion>find(
            "plan = ?1 and status <> ?2 order by number desc", plan, VersionStatus.SUBMITTED)
        .firstResultOptional()
        .map(
            v ->
                ReviewComment.listFor(v).stream()
                    .collect(
                        Collectors.groupingBy(
                            c -> c.target,
                            Collectors.mapping(
                                c -> new Note(c.author, Dates.dateTime(c.at, loc), c.body),
                                Collectors.toList()))))
        .orElse(Map.of());
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
