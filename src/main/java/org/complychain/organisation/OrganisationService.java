package org.complychain.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The rules for changing an organisation. Every method reloads the organisation in its own
 * transaction; callers pass the id of the signed-in user's organisation, never one from a request.
 */
@ApplicationScoped
public class OrganisationService {

  /** How a change to the member list ended. */
  public enum MemberChange {
    DONE,
    ALREADY_MEMBER,
    IN_ANOTHER_ORGANISATION,
    NOT_FOUND,
    LAST_MEMBER
  }

  /** Creates the organisation with its creator as the first member. */
  @Transactional
  public Organisation create(String creator, ProfileForm form) {
    Organisation organisation = new Organisation();
    form.applyTo(organisation);
    organisation.persist();
    Membership member = new Membership();
    member.organisation = organisation;
    member.identity = creator;
    member.persist();
    return organisation;
  }

  /**
   * Saves the profile unless someone saved it since the form was loaded; false then. A save that
   * races past this check fails at the flush with an {@link
   * jakarta.persistence.OptimisticLockException}.
   */
  @Transactional
  public boolean saveProfile(UUID organisationId, ProfileForm form) {
    Organisation organisation = Organisation.findById(organisationId);
    if (organisation.version != form.loadedVersion()) {
      return false;
    }
    form.applyTo(organisation);
    organisation.flush();
    return true;
  }

  /** The organisation as saved now, read in a fresh persistence context. */
  @Transactional
  public Organisation current(UUID organisationId) {
    return Organisation.findById(organisationId);
  }

  /** Adds a sourcing row; false when the same good from the same country is already listed. */
  @Transactional
  public boolean addSourcing(UUID organisationId, String countryCode, String good) {
    Organisation organisation = Organisation.findById(organisationId);
    if (SourcingEntry.listed(organisation, countryCode, good)) {
      return false;
    }
    SourcingEntry entry = new SourcingEntry();
    entry.organisation = organisation;
    entry.countryCode = countryCode;
    entry.good = good;
    entry.persist();
    return true;
  }

  /** False when the organisation has no such row (unknown, or another organisation's). */
  @Transactional
  public boolean removeSourcing(UUID organisationId, UUID entryId) {
    return SourcingEntry.deleteIn(Organisation.findById(organisationId), entryId);
  }

  /**
   * Member changes lock the organisation row, so that two of them never both pass a check (two
   * people adding the same identity, or removing the last two members) at the same time.
   */
  @Transactional
  public MemberChange addMember(UUID organisationId, String identity) {
    Organisation organisation = lockedOrganisation(organisationId);
    if (Membership.exists(organisation, identity)) {
      return MemberChange.ALREADY_MEMBER;
    }
    // One organisation per identity: a user's organisation is found from their sign-in alone.
    if (Membership.count("lower(identity) = lower(?1)", identity) > 0) {
      return MemberChange.IN_ANOTHER_ORGANISATION;
    }
    Membership member = new Membership();
    member.organisation = organisation;
    member.identity = identity;
    member.persist();
    return MemberChange.DONE;
  }

  @Transactional
  public MemberChange removeMember(UUID organisationId, UUID membershipId) {
    Organisation organisation = lockedOrganisation(organisationId);
    Membership member = Membership.findIn(organisation, membershipId).orElse(null);
    if (member == null) {
      return MemberChange.NOT_FOUND;
    }
    if (organisation.memberCount() <= 1) {
      return MemberChange.LAST_MEMBER;
    }
    member.delete();
    return MemberChange.DONE;
  }

  private static Organisation lockedOrganisation(UUID id) {
    return Organisation.findById(id, LockModeType.PESSIMISTIC_WRITE);
  }
}
