package org.complychain.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanAccess;
import org.complychain.plan.PlanReviewState;
import org.complychain.plan.PlanReviewState.Stage;
import org.complychain.plan.PlanReviewState.Standing;
import org.complychain.plan.PlanService;
import org.complychain.review.PlanVersion;
import org.complychain.review.ReviewAccess;
import org.complychain.risk.Supplier;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;

/**
 * What the API reads, under the pages' rules: a member reaches their organisation's plans ({@link
 * PlanAccess}), an auditor the submitted plans of the organisations assigned to them ({@link
 * ReviewAccess}); anything else is not found. Read in one transaction per request.
 */
@RequestScoped
@Transactional
public class ApiReader {

  private static final String AUDITED_PLANS =
      "from Plan p where p.organisation.id in ?1"
          + " and exists (select v.id from PlanVersion v where v.plan = p)"
          + " order by p.periodStart desc, p.title, p.id";

  @Inject CurrentUser user;
  @Inject PlanAccess members;
  @Inject ReviewAccess auditors;
  @Inject PlanReviewState review;
  @Inject PlanService plans;

  public ApiPage<PlanJson.Summary> plans(PageRequest page) {
    PanacheQuery<Plan> query;
    if (member()) {
      var organisation = user.organisation();
      if (organisation.isEmpty()) {
        return ApiPage.empty(page);
      }
      query =
          Plan.find("organisation = ?1 order by periodStart desc, title, id", organisation.get());
    } else {
      List<UUID> organisations = auditors.organisations();
      if (organisations.isEmpty()) {
        return ApiPage.empty(page);
      }
      query = Plan.find(AUDITED_PLANS, organisations);
    }
    List<Plan> rows = slice(query, page);
    var standings = review.standings(rows.stream().map(p -> p.id).toList());
    return new ApiPage<>(
        rows.stream()
            .map(
                p ->
                    new PlanJson.Summary(
                        p.id, p.title, p.periodStart, p.periodEnd, stage(standings.get(p.id))))
            .toList(),
        page.offset(),
        page.limit(),
        query.count());
  }

  public PlanJson.Detail plan(String id) {
    Plan plan = find(id);
    var latest = PlanVersion.latestState(plan.id);
    return new PlanJson.Detail(
        plan.id,
        plan.organisation.name,
        plan.title,
        plan.periodStart,
        plan.periodEnd,
        plan.contentVersion,
        plan.createdAt,
        stage(review.standings(List.of(plan.id)).get(plan.id)),
        latest.map(PlanVersion.Latest::number).orElse(null),
        review.approvedPdf(plan).map(PlanReviewState.ApprovedPdf::sha256).orElse(null),
        member() ? PlanJson.Progress.of(plans.progress(plan)) : null);
  }

  public ApiPage<VersionJson> versions(String id, PageRequest page) {
    Plan plan = find(id);
    return page(PlanVersion.find("plan = ?1 order by number desc", plan), page, VersionJson::of);
  }

  /** The working plan's actions: members only, as on the pages. */
  public ApiPage<ActionJson> actions(String id, PageRequest page) {
    Plan plan = members.plan(id);
    return page(
        CorrectiveAction.find("plan = ?1 order by dueDate, createdAt, id", plan),
        page,
        ActionJson::of);
  }

  /** The organisation's supplier register with each supplier's screening: members only. */
  public ApiPage<SupplierJson> suppliers(PageRequest page) {
    var organisation = user.organisation();
    if (organisation.isEmpty()) {
      return ApiPage.empty(page);
    }
    return page(
        Supplier.find(
            "organisation.id = ?1 order by lower(name), id", organisation.map(o -> o.id).get()),
        page,
        SupplierJson::of);
  }

  private Plan find(String id) {
    return member() ? members.plan(id) : auditors.plan(id);
  }

  private boolean member() {
    return user.has(Role.COMPANY);
  }

  private static Stage stage(Standing standing) {
    return standing == null ? Stage.DRAFT : standing.stage();
  }

  private static <E, T> ApiPage<T> page(
      PanacheQuery<E> query, PageRequest page, Function<E, T> view) {
    return new ApiPage<>(
        slice(query, page).stream().map(view).toList(), page.offset(), page.limit(), query.count());
  }

  private static <E> List<E> slice(PanacheQuery<E> query, PageRequest page) {
    return query.range(page.offset(), page.offset() + page.limit() - 1).list();
  }
}
