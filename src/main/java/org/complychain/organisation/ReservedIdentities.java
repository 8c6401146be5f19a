package org.complychain.organisation;

/**
 * Identities that may never be made company members: administrators and auditors, who would
 * otherwise see and change the plans they oversee. Implemented where roles and assignments are
 * known, so that this package needs neither.
 */
public interface ReservedIdentities {

  boolean reserved(String identity);
}
