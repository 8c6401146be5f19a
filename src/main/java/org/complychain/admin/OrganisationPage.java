package org.complychain.admin;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.complychain.web.FormErrors;
import org.complychain.web.Paging;

/**
 * An organisation's administration page: its members and assigned auditors, the two forms, and,
 * when a request was refused, the problems and what the administrator typed.
 */
@TemplateData
public class OrganisationPage {

  /**
   * A member or an assigned auditor as listed, with the id its remove form posts to; {@code seen}
   * is false for an auditor who has never signed in here (perhaps a misspelt username).
   */
  @TemplateData
  public record Row(String id, String identity, boolean seen) {}

  public final String id;
  public final String name;
  public final List<Row> members;
  public final List<Row> auditors;

  /** Where a member can be moved: every other organisation. */
  public final List<OrganisationRow> others;

  public NameForm nameForm = new NameForm();
  public IdentityForm memberForm = new IdentityForm();
  public IdentityForm auditorForm = new IdentityForm();
  public FormErrors errors = new FormErrors();
  public String notice;

  /** Which members are shown: a large organisation's are paged. */
  public Paging membersPage;

  /** Invitations waiting for the person's acceptance or an administrator's confirmation. */
  public List<Row> invitations = List.of();

  OrganisationPage(
      String id, String name, List<Row> members, List<Row> auditors, List<OrganisationRow> others) {
    this.id = id;
    this.name = name;
    this.members = members;
    this.auditors = auditors;
    this.others = others;
  }
}
