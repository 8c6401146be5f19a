package org.complychain.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.complychain.admin.OrganisationPage.Row;
import org.complychain.organisation.Invitation;
import org.complychain.organisation.Membership;
import org.complychain.organisation.Organisation;
import org.complychain.web.RequestLocale;

/** Builds the administration pages' content in the request's language. */
@RequestScoped
public class AdminPages {

  static final String CREATED = "created";
  static final String MEMBER_ADDED = "member-added";
  static final String MEMBER_REMOVED = "member-removed";
  static final String AUDITOR_ADDED = "auditor-added";
  static final String AUDITOR_REMOVED = "auditor-removed";

  @Inject RequestLocale locale;

  AdminMessages messages() {
    return MessageBundles.get(AdminMessages.class, Localized.Literal.of(locale.tag()));
  }

  OrganisationPage page(Organisation organisation) {
    OrganisationPage page = basePage(organisation);
    page.invitations =
        Invitation.listFor(organisation).stream()
            .map(i -> new Row(i.id.toString(), i.identity))
            .toList();
    return page;
  }

  private static OrganisationPage basePage(Organisation organisation) {
    return new OrganisationPage(
        organisation.id.toString(),
        organisation.name,
        Membership.listFor(organisation).stream()
            .map(m -> new Row(m.id.toString(), m.identity))
            .toList(),
        AuditorAssignment.listFor(organisation).stream()
            .map(a -> new Row(a.id.toString(), a.auditor))
            .toList());
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
      case PendingMembershipResource.CONFIRMED -> m.notice_invitation_confirmed();
      default -> null;
    };
  }
}
