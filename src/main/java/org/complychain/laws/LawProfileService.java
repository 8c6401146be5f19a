package org.complychain.laws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Saves the questionnaire; a valid form only, in one transaction. */
@ApplicationScoped
public class LawProfileService {

  @Transactional
  public void save(UUID organisationId, LawForm form, String actor) {
    LawProfile profile =
        LawProfile.forOrganisation(organisationId)
            .orElseGet(
                () -> {
                  LawProfile p = new LawProfile();
                  p.organisationId = organisationId;
                  return p;
                });
    form.applyTo(profile);
    profile.updatedAt = OffsetDateTime.now();
    profile.updatedBy = actor;
    profile.persist();
  }
}
