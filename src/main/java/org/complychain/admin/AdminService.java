package org.complychain.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.complychain.admin.AdminAction.Kind;
import org.complychain.organisation.Invitation;
import org.complychain.organisation.Membership;
import org.complychain.organisation.Organisation;
import org.complychain.organisation.OrganisationService;
import org.complychain.organisation.OrganisationService.MemberChange;
import org.complychain.security.KnownIdentity;
import org.complychain.security.Role;
import org.jboss.logging.Logger;

/**
 * The administrator's changes to organisations, members and auditor assignments. Each is kept in
 * {@link AdminAction} (and written to the log) with who made it.
 */
@ApplicationScoped
public class AdminService {

  private static final Logger LOG = Logger.getLogger(AdminService.class);

  @Inject OrganisationService organisations;

  /** Refused because another organisation already has the name, in any case or accents. */
  public static final class NameTaken extends RuntimeException {
    final String existing;

    NameTaken(String existing) {
      super(null, null, false, false);
      this.existing = existing;
    }
  }

  /** What became of an auditor assignment. */
  public enum AuditorChange {
    ASSIGNED,
    /** Assigned, but nobody has signed in with this identity: it may be misspelt. */
    ASSIGNED_NEVER_SEEN,
    ALREADY_ASSIGNED,
    /** Refused: the identity is a member of an organisation, so not independent. */
    MEMBER,
    /** Refused: the identity has signed in, but never with the auditor role. */
    NOT_AN_AUDITOR
  }

  /**
   * Confirms a pending invitation on the person's behalf, with the same refusals as their own
   * acceptance.
   */
  @Transactional
  public MemberChange confirmInvitation(String admin, UUID organisationId, UUID invitationId) {
    Invitation invitation = Invitation.findById(invitationId);
    String identity = invitation == null ? null : invitation.identity;
    MemberChange change = organisations.confirm(organisationId, invitationId);
    if (change == MemberChange.DONE) {
      AdminAction.record(
          admin, Kind.MEMBERSHIP_CONFIRMED, organisationId, nameOf(organisationId), identity);
      LOG.infof(
          "%s confirmed invitation %s to organisation %s", admin, invitationId, organisationId);
    }
    return change;
  }

  private static String nameOf(UUID organisationId) {
    return Organisation.<Organisation>findById(organisationId).name;
  }

  /** An organisation with no members yet: the administrator adds them next. */
  @Transactional
  public Organisation createOrganisation(String admin, String name) {
    OrganisationNames.taken(name, null)
        .ifPresent(
            o -> {
              throw new NameTaken(o.name);
            });
    Organisation organisation = new Organisation();
    organisation.name = name;
    organisation.persist();
    AdminAction.record(admin, Kind.ORGANISATION_CREATED, organisation.id, name, null);
    LOG.infof("%s created organisation %s (%s)", admin, name, organisation.id);
    return organisation;
  }

  /** A new legal name, unique as a new organisation's is. */
  @Transactional
  public void rename(String admin, UUID organisationId, String name) {
    OrganisationNames.taken(name, organisationId)
        .ifPresent(
            o -> {
              throw new NameTaken(o.name);
            });
    Organisation organisation = Organisation.findById(organisationId);
    String before = organisation.name;
    organisation.name = name;
    AdminAction.record(admin, Kind.ORGANISATION_RENAMED, organisationId, name, null, before);
    LOG.infof("%s renamed organisation %s from %s to %s", admin, organisationId, before, name);
  }

  /**
   * Moves a member to another organisation, keeping the one-organisation-per-identity rule. False
   * when either organisation or the membership is not there.
   */
  @Transactional
  public boolean moveMember(String admin, UUID organisationId, UUID membershipId, UUID targetId) {
    Organisation target = targetId == null ? null : Organisation.findById(targetId);
    Membership member =
        Membership.findIn(Organisation.findById(organisationId), membershipId).orElse(null);
    if (member == null || target == null || target.id.equals(organisationId)) {
      return false;
    }
    AdminAction.record(
        admin,
        Kind.MEMBER_MOVED,
        organisationId,
        Organisation.<Organisation>findById(organisationId).name,
        member.identity,
        target.name);
    member.organisation = target;
    LOG.infof(
        "%s moved member %s from organisation %s to %s",
        admin, member.identity, organisationId, targetId);
    return true;
  }

  /** The same rule as a member adding a colleague: one membership per identity, in any case. */
  @Transactional
  public MemberChange addMember(String admin, UUID organisationId, String identity) {
    MemberChange change = organisations.addMember(organisationId, identity);
    if (change == MemberChange.DONE) {
      AdminAction.record(
          admin, Kind.MEMBER_ADDED, organisationId, nameOf(organisationId), identity);
      LOG.infof("%s added member %s to organisation %s", admin, identity, organisationId);
    }
    return change;
  }

  /**
   * Unlike a member, an administrator may remove the last member (an organisation may be empty, as
   * a new one is). False when the organisation has no such membership.
   */
  @Transactional
  public boolean removeMember(String admin, UUID organisationId, UUID membershipId) {
    Membership member =
        Membership.findIn(Organisation.findById(organisationId), membershipId).orElse(null);
    if (member == null) {
      return false;
    }
    member.delete();
    AdminAction.record(
        admin, Kind.MEMBER_REMOVED, organisationId, nameOf(organisationId), member.identity);
    LOG.infof("%s removed member %s from organisation %s", admin, member.identity, organisationId);
    return true;
  }

  /**
   * Assigns an auditor unless already assigned (in any spelling of case) or a member of an
   * organisation; an identity that signed in without the auditor role is refused too. The
   * organisation row is locked so that two administrators assigning the same auditor at once never
   * both pass the check.
   */
  @Transactional
  public AuditorChange assignAuditor(String admin, UUID organisationId, String auditor) {
    Organisation organisation =
        Organisation.findById(organisationId, LockModeType.PESSIMISTIC_WRITE);
    if (AuditorAssignment.isAssigned(auditor, organisationId)) {
      return AuditorChange.ALREADY_ASSIGNED;
    }
    if (Organisation.findByMember(auditor).isPresent()) {
      return AuditorChange.MEMBER;
    }
    Optional<KnownIdentity> known = KnownIdentity.of(auditor);
    if (known.isPresent() && !known.get().has(Role.AUDITOR)) {
      return AuditorChange.NOT_AN_AUDITOR;
    }
    AuditorAssignment assignment = new AuditorAssignment();
    assignment.organisation = organisation;
    assignment.auditor = auditor;
    assignment.createdBy = admin;
    assignment.persist();
    AdminAction.record(admin, Kind.AUDITOR_ASSIGNED, organisationId, organisation.name, auditor);
    LOG.infof("%s assigned auditor %s to organisation %s", admin, auditor, organisationId);
    return known.isPresent() ? AuditorChange.ASSIGNED : AuditorChange.ASSIGNED_NEVER_SEEN;
  }

  /** False when the organisation has no such assignment (unknown, or another organisation's). */
  @Transactional
  public boolean unassignAuditor(String admin, UUID organisationId, UUID assignmentId) {
    AuditorAssignment assignment =
        AuditorAssignment.findIn(Organisation.findById(organisationId), assignmentId).orElse(null);
    if (assignment == null) {
      return false;
    }
    assignment.delete();
    AdminAction.record(
        admin, Kind.AUDITOR_UNASSIGNED, organisationId, nameOf(organisationId), assignment.auditor);
    LOG.infof(
        "%s unassigned auditor %s from organisation %s", admin, assignment.auditor, organisationId);
    return true;
  }
}
