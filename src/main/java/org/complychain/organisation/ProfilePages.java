package org.complychain.organisation;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complychain.organisation.ProfilePage.InvitationRow;
import org.complychain.organisation.ProfilePage.MemberRow;
import org.complychain.organisation.ProfilePage.RegisterView;
import org.complychain.organisation.ProfilePage.SavedProfile;
import org.complychain.security.CurrentUser;
import org.complychain.web.RequestLocale;

/** Builds the organisation pages' content in the request's language. */
@RequestScoped
public class ProfilePages {

  static final String SAVED = "saved";

  /** Countries named on the profile; the rest are counted. */
  static final int COUNTRIES_NAMED = 10;

  static final String MEMBER_REMOVED = "member-removed";
  static final String MEMBER_INVITED = "member-invited";
  static final String INVITATION_WITHDRAWN = "invitation-withdrawn";

  @Inject RequestLocale locale;
  @Inject CurrentUser user;
  @Inject SupplierRegister register;

  OrgMessages messages() {
    return MessageBundles.get(OrgMessages.class, Localized.Literal.of(locale.tag()));
  }

  Choices choices() {
    OrgMessages m = messages();
    return new Choices(
        Countries.options(locale.get()), ProfileLabels.sectors(m), ProfileLabels.sizes(m));
  }

  ProfilePage page(Organisation organisation) {
    Locale language = locale.get();
    return new ProfilePage(
        organisation,
        choices(),
        register(organisation, language),
        Membership.listFor(organisation).stream()
            .map(
                m ->
                    new MemberRow(
                        m.id.toString(), m.identity, m.identity.equalsIgnoreCase(user.username())))
            .toList(),
        Invitation.listFor(organisation).stream()
            .map(i -> new InvitationRow(i.id.toString(), i.identity, i.invitedBy))
            .toList());
  }

  private RegisterView register(Organisation organisation, Locale language) {
    SupplierRegister.Summary summary = register.summary(organisation.id);
    List<String> codes = summary.countryCodes();
    List<String> names =
        new ArrayList<>(
            codes.stream().limit(COUNTRIES_NAMED).map(c -> Countries.name(c, language)).toList());
    if (codes.size() > COUNTRIES_NAMED) {
      names.add(messages().register_more(codes.size() - COUNTRIES_NAMED));
    }
    return new RegisterView(summary.suppliers(), codes.size(), String.join(", ", names));
  }

  /** The message for a {@code done} code of the redirect after a change; null for none. */
  String notice(String done) {
    if (done == null) {
      return null;
    }
    OrgMessages m = messages();
    return switch (done) {
      case SAVED -> m.notice_saved();
      case MEMBER_REMOVED -> m.notice_member_removed();
      case MEMBER_INVITED -> m.notice_member_invited();
      case INVITATION_WITHDRAWN -> m.notice_invitation_withdrawn();
      default -> null;
    };
  }

  SavedProfile saved(Organisation organisation) {
    OrgMessages m = messages();
    String none = m.not_given();
    return new SavedProfile(
        organisation.name,
        organisation.country == null ? none : Countries.name(organisation.country, locale.get()),
        organisation.sector == null ? none : ProfileLabels.sector(m, organisation.sector),
        organisation.sizeBand == null ? none : ProfileLabels.size(m, organisation.sizeBand),
        organisation.products == null ? none : organisation.products);
  }
}
