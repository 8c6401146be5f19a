package org.complychain.laws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Saves the questionnaire; a valid form only, in one transaction, and only over the answers the
 * form was loaded with.
 */
@ApplicationScoped
public class LawProfileService {

  /**
   * False, and nothing saved, when someone saved the answers since the form was loaded. Two first
   * answers racing each other end in a unique-key or optimistic-lock failure at the flush, which
   * the caller reports the same way.
   */
  @Transactional
  public boolean save(UUID organisationId, LawForm form, String actor) {
    LawProfile existing = LawProfile.forOrganisation(organisationId).orElse(null);
    if (existing != null && existing.version != form.loadedVersion()) {
      return false;
    }
    LawProfile profile = existing;
    if (profile == null) {
      profile = new LawProfile();
      profile.organisationId = organisationId;
    }
    form.applyTo(profile);
    profile.updatedAt = OffsetDateTime.now();
    profile.updatedBy = actor;
    profile.persistAndFlush();
    return true;
  }
}
