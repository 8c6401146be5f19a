package org.complychain.organisation;

import java.util.List;
import java.util.UUID;

/** What the profile shows of the supplier register (the risk feature answers). */
public interface SupplierRegister {

  /** How many suppliers, and their countries, those with the most suppliers first. */
  record Summary(long suppliers, List<String> countryCodes) {}

  Summary summary(UUID organisationId);
}
