package org.complychain.pdf;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.complychain.plan.Plan;

/** Used while no other {@link DocumentReview} exists: every plan is its organisation's draft. */
@DefaultBean
@ApplicationScoped
public class DraftReview implements DocumentReview {

  @Override
  public PlanDocument.Review of(Plan plan, OffsetDateTime at) {
    return PlanDocument.Review.draft(at, plan.organisation.name);
  }
}
