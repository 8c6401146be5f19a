package org.complychain.organisation;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.complychain.web.FormErrors;

/**
 * Everything the profile page shows: the saved organisation, its two forms, the register summary,
 * and, when a request was refused, the problems and what the user typed.
 */
@TemplateData
public class ProfilePage {

  /**
   * The supplier register in a few words: how many suppliers, in how many countries, and the
   * countries with the most suppliers, named.
   */
  @TemplateData
  public record RegisterView(long suppliers, int countries, String countryNames) {}

  /** A member as listed; {@code you} marks the signed-in user. */
  @TemplateData
  public record MemberRow(String id, String identity, boolean you) {}

  /** A pending invitation as listed, with who sent it. */
  @TemplateData
  public record InvitationRow(String id, String identity, String invitedBy) {}

  /** The saved profile, labelled, shown beside the user's input when a save was refused. */
  @TemplateData
  public record SavedProfile(
      String name, String country, String sector, String size, String products) {}

  public String organisationName;
  public final boolean complete;
  public final Choices choices;
  public final RegisterView register;
  public final List<MemberRow> members;
  public final List<InvitationRow> invitations;

  public ProfileForm form;
  public MemberForm memberForm = new MemberForm();
  public FormErrors errors = new FormErrors();
  public SavedProfile conflict;
  public String notice;

  ProfilePage(
      Organisation organisation,
      Choices choices,
      RegisterView register,
      List<MemberRow> members,
      List<InvitationRow> invitations) {
    this.organisationName = organisation.name;
    this.complete = organisation.profileComplete();
    this.choices = choices;
    this.register = register;
    this.members = members;
    this.invitations = invitations;
    this.form = ProfileForm.of(organisation);
  }
}
