package org.complychain.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.complychain.organisation.Membership;
import org.complychain.organisation.Organisation;
import org.complychain.organisation.OrganisationService;
import org.complychain.organisation.OrganisationService.MemberChange;
import org.jboss.logging.Logger;

/**
 * The administrator's changes to organisations, members and auditor assignments. Each is written to
 * the log with who made it; there is no history table for them.
 */
@ApplicationScoped
public class AdminService {

  private static final Logger LOG = Logger.getLogger(AdminService.class);

  @Inject OrganisationService organisations;

  /** An organisation with no members yet: the administrator adds them next. */
  @Transactional
  public Organisation createOrganisation(String admin, String name) {
    Organisation organisation = new Organisation();
    organisation.name = name;
    organisation.persist();
    LOG.infof("%s created organisation %s (%s)", admin, name, organisation.id);
    return organisation;
  }

  /** The same rule as a member adding a colleague: one membership per identity, in any case. */
  @Transactional
  public MemberChange addMember(String admin, UUID organisationId, String identity) {
    MemberChange change = organisations.addMember(organisationId, identity);
    if (change == MemberChange.DONE) {
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
    LOG.infof("%s removed member %s from organisation %s", admin, member.identity, organisationId);
    return true;
  }

  /**
   * False when the auditor is already assigned, in any spelling of case. The organisation row is
   * locked so that two administrators assigning the same auditor at once never both pass the check.
   */
  @Transactional
  public boolean assignAuditor(String admin, UUID organisationId, String auditor) {
    Organisation organisation =
        Organisation.findById(organisationId, LockModeType.PESSIMISTIC_WRITE);
    if (AuditorAssignment.isAssigned(auditor, organisationId)) {
      return false;
    }
    AuditorAssignment assignment = new AuditorAssignment();
    assignment.organisation = organisation;
    assignment.auditor = auditor;
    assignment.createdBy = admin;
    assignment.persist();
    LOG.infof("%s assigned auditor %s to organisation %s", admin, auditor, organisationId);
    return true;
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
    LOG.infof(
        "%s unassigned auditor %s from organisation %s", admin, assignment.auditor, organisationId);
    return true;
  }
}
