package org.complychain.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.plan.Plan;

/**
 * Approved versions as next year's plan reads them: which one a plan can start from, and its frozen
 * content. Another organisation's version is never found.
 */
@ApplicationScoped
public class FrozenVersions {

  /** The plan's newest approved version, the only one next year's plan may start from. */
  public Optional<PlanVersion> lastApproved(Plan plan) {
    return PlanVersion.find(
            "plan = ?1 and status = ?2 order by number desc", plan, VersionStatus.APPROVED)
        .firstResultOptional();
  }

  /** A version of one of the organisation's plans. */
  public Optional<PlanVersion> find(Organisation organisation, UUID id) {
    return PlanVersion.find("id = ?1 and plan.organisation = ?2", id, organisation)
        .firstResultOptional();
  }

  public boolean approved(PlanVersion version) {
    return version.status == VersionStatus.APPROVED;
  }

  /** What was approved: the answers, actions and evidence frozen in the version. */
  public Snapshot content(PlanVersion version) {
    return Snapshot.parse(version.snapshot);
  }
}
