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
import org.complychain.organisation.Organisation;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;
import org.complychain.web.Paging;
import org.jboss.resteasy.reactive.RestForm;

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
        List<OrganisationRow> organisations, Paging paging, NameForm form, FormErrors errors);

    static native TemplateInstance organisation(OrganisationPage page);
  }

  @GET
  public TemplateInstance index(@QueryParam("page") String page) {
    return index(page, new NameForm(), new FormErrors());
  }

  private static TemplateInstance index(String page, NameForm form, FormErrors errors) {
    Paging paging = OrganisationRow.paging(page);
    return Templates.index(OrganisationRow.pageByName(paging), paging, form, errors);
  }

  @POST
  @Path("organisations")
  public Response create(@BeanParam NameForm form) {
    FormErrors errors = form.validate(pages.messages());
    if (errors.any()) {
      return Response.status(INVALID).entity(index(null, form, errors)).build();
    }
    try {
      Organisation organisation = service.createOrganisation(user.username(), form.text());
      return redirect(organisation, AdminPages.CREATED, "");
    } catch (AdminService.NameTaken e) {
      errors.add("name", pages.messages().error_name_taken(e.existing));
      return Response.status(INVALID).entity(index(null, form, errors)).build();
    }
  }

  @POST
  @Path("organisations/{id}/name")
  public Response rename(@PathParam("id") String id, @BeanParam NameForm form) {
    Organisation organisation = load(id);
    FormErrors errors = form.validate(pages.messages());
    if (!errors.any()) {
      try {
        service.rename(user.username(), organisation.id, form.text());
        return redirect(organisation, AdminPages.RENAMED, "");
      } catch (AdminService.NameTaken e) {
        errors.add("name", pages.messages().error_name_taken(e.existing));
      }
    }
    return refused(organisation, page -> page.nameForm = form, errors);
  }

  @GET
  @Path("organisations/{id}")
  public TemplateInstance organisation(
      @PathParam("id") String id,
      @QueryParam("done") String done,
      @QueryParam("members") String members) {
    OrganisationPage page = pages.page(load(id), members);
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
  @Path("organisations/{id}/members/{member}/move")
  public Response moveMember(
      @PathParam("id") String id, @PathParam("member") String member, @RestForm String to) {
    Organisation organisation = load(id);
    if (!service.moveMember(user.username(), organisation.id, uuid(member), uuid(to))) {
      throw new NotFoundException();
    }
    return redirect(organisation, AdminPages.MEMBER_MOVED, "#members");
  }

  @POST
  @Path("organisations/{id}/auditors")
  public Response assignAuditor(@PathParam("id") String id, @BeanParam IdentityForm form) {
    Organisation organisation = load(id);
    AdminMessages m = pages.messages();
    FormErrors errors = form.validate("auditor", m.error_auditor_required(), m);
    if (errors.any()) {
      return refused(organisation, page -> page.auditorForm = form, errors);
    }
    String auditor = form.text();
    return switch (service.assignAuditor(user.username(), organisation.id, auditor)) {
      case ASSIGNED -> redirect(organisation, AdminPages.AUDITOR_ADDED, "#auditors");
      case ASSIGNED_NEVER_SEEN -> redirect(organisation, AdminPages.AUDITOR_UNSEEN, "#auditors");
      case ALREADY_ASSIGNED -> refusedAuditor(organisation, form, m.error_auditor_exists(auditor));
      case MEMBER -> refusedAuditor(organisation, form, m.error_auditor_member(auditor));
      case NOT_AN_AUDITOR ->
          refusedAuditor(organisation, form, m.error_auditor_not_auditor(auditor));
    };
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

  private Response refusedAuditor(Organisation organisation, IdentityForm form, String problem) {
    FormErrors errors = new FormErrors();
    errors.add("auditor", problem);
    return refused(organisation, page -> page.auditorForm = form, errors);
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
    if (id == null) {
      throw new NotFoundException();
    }
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
