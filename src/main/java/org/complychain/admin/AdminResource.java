package org.complychain.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.complychain.organisation.FormErrors;
import org.complychain.organisation.Organisation;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;

/**
 * Administration: the organisations of this instance, their members and the auditors assigned to
 * them. Every change is a form post answered with a redirect; a refused one shows the page again.
 */
@Path("/admin")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

  /** A form with problems is shown again with this status, its input kept. */
  static final int INVALID = Response.Status.BAD_REQUEST.getStatusCode();

  @Inject CurrentUser user;
  @Inject AdminService service;
  @Inject AdminPages pages;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(
        List<OrganisationRow> organisations, NameForm form, FormErrors errors);

    static native TemplateInstance organisation(OrganisationPage page);
  }

  @GET
  public TemplateInstance index() {
    return Templates.index(OrganisationRow.listByName(), new NameForm(), new FormErrors());
  }

  @POST
  @Path("organisations")
  public Response create(@BeanParam NameForm form) {
    FormErrors errors = form.validate(pages.messages());
    if (errors.any()) {
      return Response.status(INVALID)
          .entity(Templates.index(OrganisationRow.listByName(), form, errors))
          .build();
    }
    Organisation organisation = service.createOrganisation(user.username(), form.text());
    return redirect(organisation, AdminPages.CREATED, "");
  }

  @GET
  @Path("organisations/{id}")
  public TemplateInstance organisation(
      @PathParam("id") String id, @QueryParam("done") String done) {
    OrganisationPage page = pages.page(load(id));
    page.notice = pages.notice(done);
    return Templates.organisation(page);
  }

  @POST
  @Path("organisations/{id}/members")
  public Response addMember(@PathParam("id") String id, @BeanParam IdentityForm form) {
    Organisation organisation = load(id);
    AdminMessages m = pages.messages();
    FormErrors errors = form.validate("member", m.error_member_required(), m);
    if (!errors.any()) {
      switch (service.addMember(user.username(), organisation.id, form.text())) {
        case ALREADY_MEMBER -> errors.add("member", m.error_member_exists(form.text()));
        case IN_ANOTHER_ORGANISATION -> errors.add("member", m.error_member_elsewhere(form.text()));
        case RESERVED -> errors.add("member", m.error_identity_reserved(form.text()));
        default -> {}
      }
    }
    if (errors.any()) {
      return refused(organisation, page -> page.memberForm = form, errors);
    }
    return redirect(organisation, AdminPages.MEMBER_ADDED, "#members");
  }

  @POST
  @Path("organisations/{id}/members/{member}/remove")
  public Response removeMember(@PathParam("id") String id, @PathParam("member") String member) {
    Organisation organisation = load(id);
    if (!service.removeMember(user.username(), organisation.id, uuid(member))) {
      throw new NotFoundException();
    }
    return redirect(organisation, AdminPages.MEMBER_REMOVED, "#members");
  }

  @POST
  @Path("organisations/{id}/auditors")
  public Response assignAuditor(@PathParam("id") String id, @BeanParam IdentityForm form) {
    Organisation organisation = load(id);
    AdminMessages m = pages.messages();
    FormErrors errors = form.validate("auditor", m.error_auditor_required(), m);
    if (!errors.any() && !service.assignAuditor(user.username(), organisation.id, form.text())) {
      errors.add("auditor", m.error_auditor_exists(form.text()));
    }
    if (errors.any()) {
      return refused(organisation, page -> page.auditorForm = form, errors);
    }
    return redirect(organisation, AdminPages.AUDITOR_ADDED, "#auditors");
  }

  @POST
  @Path("organisations/{id}/auditors/{assignment}/remove")
  public Response unassignAuditor(
      @PathParam("id") String id, @PathParam("assignment") String assignment) {
    Organisation organisation = load(id);
    if (!service.unassignAuditor(user.username(), organisation.id, uuid(assignment))) {
      throw new NotFoundException();
    }
    return redirect(organisation, AdminPages.AUDITOR_REMOVED, "#auditors");
  }

  /** Nothing was saved: the page again, with the problems and what the administrator typed. */
  private Response refused(
      Organisation organisation, Consumer<OrganisationPage> input, FormErrors errors) {
    OrganisationPage page = pages.page(organisation);
    input.accept(page);
    page.errors = errors;
    return Response.status(INVALID).entity(Templates.organisation(page)).build();
  }

  private static Organisation load(String id) {
    return Organisation.<Organisation>findByIdOptional(uuid(id))
        .orElseThrow(NotFoundException::new);
  }

  /** A malformed id is a page that does not exist, not a bad request. */
  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }

  private static Response redirect(Organisation organisation, String done, String anchor) {
    return Response.seeOther(
            URI.create("/admin/organisations/" + organisation.id + "?done=" + done + anchor))
        .build();
  }
}
