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

  /** A version by id, reached through the organisations assigned to this auditor. */
  public PlanVersion version(String id) {
    PlanVersion version = PlanVersion.findById(uuid(id));
    if (version == null
        || !AuditorAssignment.isAssigned(user.username(), version.plan.organisation.id)) {
      throw new NotFoundException();
    }
    return version;
  }

  /**
   * A version's id and number, checked like {@link #version} but without loading the version into
   * this request, so that what a decision made in its own transaction leaves is read afterwards as
   * it is stored.
   */
  public VersionRef versionRef(String id) {
    return PlanVersion.getEntityManager()
        .createQuery(
            "select new org.complychain.review.ReviewAccess$VersionRef(v.id, v.number,"
                + " v.plan.organisation.id) from PlanVersion v where v.id = ?1",
            VersionRef.class)
        .setParameter(1, uuid(id))
        .getResultStream()
        .filter(v -> AuditorAssignment.isAssigned(user.username(), v.organisationId()))
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  /** A version as {@link #versionRef} gives it. */
  public record VersionRef(UUID id, int number, UUID organisationId) {}

  /**
   * A plan as its auditor reaches it: of an organisation assigned to them, and submitted at least
   * once (a draft never sent for review is the company's alone).
   */
  public Plan plan(String id) {
    Plan plan = Plan.findById(uuid(id));
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
    ReviewComment comment = ReviewComment.findById(uuid(id));
    if (comment == null
        || !comment.planVersion.plan.id.equals(version.plan.id)
        || comment.planVersion.number > version.number) {
      throw new NotFoundException();
    }
    return comment;
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
  }
}
