package org.complychain.admin;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.complychain.organisation.FormErrors;

/**
 * An organisation's administration page: its members and assigned auditors, the two forms, and,
 * when a request was refused, the problems and what the administrator typed.
 */
@TemplateData
public class OrganisationPage {

  /** A member or an assigned auditor as listed, with the id its remove form posts to. */
  @TemplateData
  public record Row(String id, String identity) {}

  public final String id;
  public final String name;
  public final List<Row> members;
  public final List<Row> auditors;

  public IdentityForm memberForm = new IdentityForm();
  public IdentityForm auditorForm = new IdentityForm();
  public FormErrors errors = new FormErrors();
  public String notice;

  /** Invitations waiting for the person's acceptance or an administrator's confirmation. */
  public List<Row> invitations = List.of();

  OrganisationPage(String id, String name, List<Row> members, List<Row> auditors) {
    this.id = id;
    this.name = name;
    this.members = members;
    this.auditors = auditors;
  }
}
