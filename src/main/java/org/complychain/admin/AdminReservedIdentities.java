package org.complychain.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.complychain.organisation.ReservedIdentities;
import org.complychain.security.PrivilegedAccounts;

/** Auditors assigned anywhere and the accounts configured as auditors or administrators. */
@ApplicationScoped
public class AdminReservedIdentities implements ReservedIdentities {

  @Inject PrivilegedAccounts accounts;

  @Override
  public boolean reserved(String identity) {
    return accounts.contains(identity)
        || AuditorAssignment.count("lower(auditor) = lower(?1)", identity) > 0;
  }
}
