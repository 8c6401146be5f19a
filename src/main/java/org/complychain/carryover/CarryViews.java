package org.complychain.carryover;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complychain.guidance.GuidanceModule;
import org.complychain.plan.Answer;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.plan.PlanService;
import org.complychain.review.FrozenVersions;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.RequestLocale;

/**
 * What the plan pages show about next year's plan, through {@code inject:carry}: how many answers
 * wait for review, where a plan came from, and the link that starts next year's plan (last year's
 * words beside a carried answer come with the element page's own answers, {@code
 * PlanViews.Carried}). Each plan's answers are read once per request.
 */
@Named("carry")
@RequestScoped
public class CarryViews {

  @Inject PlanAccess access;
  @Inject PlanService plans;
  @Inject FrozenVersions versions;
  @Inject RequestLocale locale;
  @Inject CurrentUser user;
  @Inject YearChart yearChart;

  private final Map<String, Map<String, Answer>> toReview = new HashMap<>();

  /** An element with answers still to review, linking to its page. */
  public record ElementCount(int number, String title, String href, int count) {}

  /** Where a plan was carried over from, and where to compare with it. */
  public record Origin(String title, int version, String href, String sinceHref) {}

  /** Where a carried action came from, and the plan whose history tells its story. */
  public record ActionOrigin(String title, int version, String historyHref) {}

  /** The start of next year's plan from this plan's last approved version. */
  public record Start(int version, String href) {}

  public int toReview(String planId) {
    return pending(planId).size();
  }

  /** The elements with answers still to review, in order. */
  public List<ElementCount> toReviewByElement(String planId) {
    Map<String, Answer> pending = pending(planId);
    List<ElementCount> rows = new ArrayList<>();
    for (GuidanceModule e : plans.elements(access.lang())) {
      int count = (int) e.questions().stream().filter(q -> pending.containsKey(q.id())).count();
      if (count > 0) {
        rows.add(
            new ElementCount(
                e.number(),
                e.title(),
                "/plans/" + planId + "/elements/" + e.id() + "#" + firstPending(e, pending),
                count));
      }
    }
    return rows;
  }

  public Origin origin(String planId) {
    Plan plan = access.plan(planId);
    return plans
        .carriedFrom(plan)
        .map(
            f ->
                new Origin(
                    f.title(),
                    f.version(),
                    "/plans/" + f.planId(),
                    "/plans/" + planId + "/since-last-year"))
        .orElse(null);
  }

  public ActionOrigin actionOrigin(String planId, String actionId) {
    Plan plan = access.plan(planId);
    CorrectiveAction action = access.action(plan, actionId);
    if (action.carriedFromId == null) {
      return null;
    }
    return plans
        .carriedFrom(plan)
        .map(f -> new ActionOrigin(f.title(), f.version(), "/plans/" + f.planId() + "/history"))
        .orElse(null);
  }

  /** The link to start next year's plan, once this plan has an approved version. */
  public Start start(String planId) {
    Plan plan = access.plan(planId);
    return versions
        .lastApproved(plan)
        .map(v -> new Start(v.number, "/plans/" + planId + "/next-year"))
        .orElse(null);
  }

  /** The dashboard's year-over-year chart of the member's organisation; null without plans. */
  public YearChart.Chart yearChart() {
    if (!user.has(Role.COMPANY)) {
      return null;
    }
    return user.organisation().map(o -> yearChart.of(o, locale.tag())).orElse(null);
  }

  public CarryMessages messages() {
    return MessageBundles.get(CarryMessages.class, Localized.Literal.of(locale.tag()));
  }

  private Map<String, Answer> pending(String planId) {
    return toReview.computeIfAbsent(
        planId,
        id -> {
          Map<String, Answer> byQuestion = new HashMap<>();
          Answer.listFor(access.plan(id)).stream()
              .filter(a -> a.toReview)
              .forEach(a -> byQuestion.put(a.questionId, a));
          return byQuestion;
        });
  }

  private static String firstPending(GuidanceModule e, Map<String, Answer> pending) {
    return e.questions().stream()
        .map(GuidanceModule.Question::id)
        .filter(pending::containsKey)
        .findFirst()
        .orElse("");
  }
}
