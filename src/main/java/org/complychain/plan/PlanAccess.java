package org.complychain.plan;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.security.CurrentUser;
import org.complychain.web.RequestLocale;

/**
 * Finds the plans of the signed-in member's organisation. Another organisation's plan, a malformed
 * id and an unknown id all look the same from outside: not found.
 */
@RequestScoped
public class PlanAccess {

  @Inject CurrentUser user;
  @Inject RequestLocale locale;
  @Inject PlanReviewState review;

  public Organisation organisation() {
    return user.organisation().orElseThrow(NotFoundException::new);
  }

  public Plan plan(String id) {
    return Plan.findFor(organisation(), uuid(id)).orElseThrow(NotFoundException::new);
  }

  public CorrectiveAction action(Plan plan, String id) {
    return CorrectiveAction.findIn(plan, uuid(id)).orElseThrow(NotFoundException::new);
  }

  /** Whether the plan is frozen (in review, or approved and not reopened). */
  public boolean locked(Plan plan) {
    return review.locked(plan);
  }

  /** A frozen plan (in review, or approved and not reopened) refuses every change with 409. */
  public void requireEditable(Plan plan) {
    if (review.locked(plan)) {
      throw new ClientErrorException(Response.Status.CONFLICT);
    }
  }

  public String actor() {
    return user.username();
  }

  public String lang() {
    return locale.tag();
  }

  public PlanMessages messages() {
    return MessageBundles.get(PlanMessages.class, Localized.Literal.of(locale.tag()));
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
  }
}
