package org.complychain.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    LAST_MEMBER,
    ALREADY_INVITED,
    /** An administrator or auditor: never a company member. */
    RESERVED
  }

  @Inject ReservedIdentities reservedIdentities;

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

  /**
   * A member invites someone: nobody becomes a member without their consent, and a pending
   * invitation claims nothing (an identity belongs to one organisation, so a membership made
   * without consent would pre-claim a future user). Member changes lock the organisation row, so
   * that two of them never both pass a check at the same time.
   */
  @Transactional
  public MemberChange invite(UUID organisationId, String identity, String invitedBy) {
    Organisation organisation = lockedOrganisation(organisationId);
    MemberChange refused = refusal(organisation, identity);
    if (refused != null) {
      return refused;
    }
    if (Invitation.exists(organisation, identity)) {
      return MemberChange.ALREADY_INVITED;
    }
    Invitation invitation = new Invitation();
    invitation.organisation = organisation;
    invitation.identity = identity;
    invitation.invitedBy = invitedBy;
    invitation.persist();
    return MemberChange.DONE;
  }

  /** An administrator adds a member directly: the same refusals, no invitation needed. */
  @Transactional
  public MemberChange addMember(UUID organisationId, String identity) {
    Organisation organisation = lockedOrganisation(organisationId);
    MemberChange refused = refusal(organisation, identity);
    if (refused != null) {
      return refused;
    }
    join(organisation, identity);
    return MemberChange.DONE;
  }

  /** The invited person accepts; NOT_FOUND unless the invitation is theirs. */
  @Transactional
  public MemberChange accept(UUID invitationId, String identity) {
    Invitation invitation = Invitation.findById(invitationId);
    if (invitation == null || !invitation.identity.equalsIgnoreCase(identity)) {
      return MemberChange.NOT_FOUND;
    }
    return joinByInvitation(invitation);
  }

  /** An administrator confirms a pending invitation on the person's behalf. */
  @Transactional
  public MemberChange confirm(UUID organisationId, UUID invitationId) {
    return Invitation.findIn(Organisation.findById(organisationId), invitationId)
        .map(this::joinByInvitation)
        .orElse(MemberChange.NOT_FOUND);
  }

  /** The invited person declines; false unless the invitation is theirs. */
  @Transactional
  public boolean decline(UUID invitationId, String identity) {
    Invitation invitation = Invitation.findById(invitationId);
    if (invitation == null || !invitation.identity.equalsIgnoreCase(identity)) {
      return false;
    }
    invitation.delete();
    return true;
  }

  /** A member withdraws an invitation of their organisation; false for any other. */
  @Transactional
  public boolean withdraw(UUID organisationId, UUID invitationId) {
    Invitation invitation =
        Invitation.findIn(Organisation.findById(organisationId), invitationId).orElse(null);
    if (invitation == null) {
      return false;
    }
    invitation.delete();
    return true;
  }

  private MemberChange joinByInvitation(Invitation invitation) {
    Organisation organisation = lockedOrganisation(invitation.organisation.id);
    MemberChange refused = refusal(organisation, invitation.identity);
    if (refused != null) {
      return refused;
    }
    join(organisation, invitation.identity);
    return MemberChange.DONE;
  }

  /** Why the identity cannot join this organisation; null when it can. */
  private MemberChange refusal(Organisation organisation, String identity) {
    if (Membership.exists(organisation, identity)) {
      return MemberChange.ALREADY_MEMBER;
    }
    // One organisation per identity: a user's organisation is found from their sign-in alone.
    if (Membership.count("lower(identity) = lower(?1)", identity) > 0) {
      return MemberChange.IN_ANOTHER_ORGANISATION;
    }
    if (reservedIdentities.reserved(identity)) {
      return MemberChange.RESERVED;
    }
    return null;
  }

  /** The membership is made; invitations elsewhere lapse, since one organisation is the limit. */
  private static void join(Organisation organisation, String identity) {
    Membership member = new Membership();
    member.organisation = organisation;
    member.identity = identity;
    member.persist();
    Invitation.deleteAllFor(identity);
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
