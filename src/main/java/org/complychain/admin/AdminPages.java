package org.complychain.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.complychain.admin.OrganisationPage.Row;
import org.complychain.organisation.Invitation;
import org.complychain.organisation.Membership;
import org.complychain.organisation.Organisation;
import org.complychain.security.KnownIdentity;
import org.complychain.web.Paging;
import org.complychain.web.RequestLocale;

/** Builds the administration pages' content in the request's language. */
@RequestScoped
public class AdminPages {

  static final String CREATED = "created";
  static final String MEMBER_ADDED = "member-added";
  static final String MEMBER_REMOVED = "member-removed";
  static final String AUDITOR_ADDED = "auditor-added";
  static final String AUDITOR_REMOVED = "auditor-removed";
  static final String AUDITOR_UNSEEN = "auditor-unseen";
  static final String RENAMED = "renamed";
  static final String MEMBER_MOVED = "member-moved";

  @Inject RequestLocale locale;

  AdminMessages messages() {
    return MessageBundles.get(AdminMessages.class, Localized.Literal.of(locale.tag()));
  }

  OrganisationPage page(Organisation organisation) {
    return page(organisation, null);
  }

  /** The organisation's page with one page of its members ({@code membersPage}, from 1). */
  OrganisationPage page(Organisation organisation, String membersPage) {
    Paging members =
        Paging.of(
            membersPage,
            Membership.count("organisation", organisation),
            "/admin/organisations/" + organisation.id + "?members=",
            "#members");
    List<AuditorAssignment> auditors = AuditorAssignment.listFor(organisation);
    Set<String> seen = KnownIdentity.known(auditors.stream().map(a -> a.auditor).toList());
    OrganisationPage page =
        new OrganisationPage(
            organisation.id.toString(),
            organisation.name,
            Membership.page(organisation, members.offset(), members.size()).stream()
                .map(m -> new Row(m.id.toString(), m.identity, true))
                .toList(),
            auditors.stream()
                .map(
                    a ->
                        new Row(
                            a.id.toString(),
                            a.auditor,
                            seen.contains(a.auditor.toLowerCase(Locale.ROOT))))
                .toList(),
            OrganisationRow.listByName().stream()
                .filter(o -> !o.id().equals(organisation.id))
                .toList());
    page.membersPage = members;
    page.nameForm.name = organisation.name;
    page.invitations =
        Invitation.listFor(organisation).stream()
            .map(i -> new Row(i.id.toString(), i.identity, true))
            .toList();
    return page;
  }

  /** The message for a {@code done} code of the redirect after a change; null for none. */
  String notice(String done) {
    if (done == null) {
      return null;
    }
    AdminMessages m = messages();
    return switch (done) {
      case CREATED -> m.notice_created();
      case MEMBER_ADDED -> m.notice_member_added();
      case MEMBER_REMOVED -> m.notice_member_removed();
      case AUDITOR_ADDED -> m.notice_auditor_added();
      case AUDITOR_REMOVED -> m.notice_auditor_removed();
      case AUDITOR_UNSEEN -> m.notice_auditor_unseen();
      case RENAMED -> m.notice_renamed();
      case MEMBER_MOVED -> m.notice_member_moved();
      case PendingMembershipResource.CONFIRMED -> m.notice_invitation_confirmed();
      default -> null;
    };
  }
}
