package org.complychain.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.complychain.admin.AuditorAssignment;
import org.complychain.plan.Plan;
import org.complychain.security.CurrentUser;

/**
 * An auditor reaches only versions of organisations assigned to them; anything else is not found.
 */
@RequestScoped
public class ReviewAccess {

  @Inject CurrentUser user;

  public PlanVersion version(String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    PlanVersion version = PlanVersion.findById(uuid);
    if (version == null
        || !AuditorAssignment.isAssigned(user.username(), version.plan.organisation.id)) {
      throw new NotFoundException();
    }
    return version;
  }

  /**
   * A plan as its auditor reaches it: of an organisation assigned to them, and submitted at least
   * once (a draft never sent for review is the company's alone).
   */
  public Plan plan(String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    Plan plan = Plan.findById(uuid);
    if (plan == null
        || !AuditorAssignment.isAssigned(user.username(), plan.organisation.id)
        || PlanVersion.latestState(plan.id).isEmpty()) {
      throw new NotFoundException();
    }
    return plan;
  }

  /** The ids of the organisations whose submitted plans the auditor reads. */
  public List<UUID> organisations() {
    return AuditorAssignment.organisationsOf(user.username());
  }

  public String auditor() {
    return user.username();
  }

  /** A comment readable on this version: made on it or on an earlier version of the same plan. */
  public ReviewComment comment(PlanVersion version, String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    ReviewComment comment = ReviewComment.findById(uuid);
    if (comment == null
        || !comment.planVersion.plan.id.equals(version.plan.id)
        || comment.planVersion.number > version.number) {
      throw new NotFoundException();
    }
    return comment;
  }
}
