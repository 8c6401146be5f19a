package org.complychain.evidence;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.plan.PlanAccess;

/**
 * Finds the evidence files of the signed-in member's organisation. Another organisation's file, a
 * malformed id and an unknown id all answer 404.
 */
@RequestScoped
public class EvidenceAccess {

  @Inject PlanAccess plans;

  public Organisation organisation() {
    return plans.organisation();
  }

  public EvidenceFile file(String id) {
    return EvidenceFile.findFor(organisation(), uuid(id)).orElseThrow(NotFoundException::new);
  }

  public String actor() {
    return plans.actor();
  }

  public EvidenceMessages messages() {
    return messages(plans.lang());
  }

  static EvidenceMessages messages(String lang) {
    return MessageBundles.get(EvidenceMessages.class, Localized.Literal.of(lang));
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
  }
}
