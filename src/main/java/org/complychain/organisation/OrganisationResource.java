package org.complychain.organisation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.complychain.organisation.OrganisationService.MemberChange;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;

/**
 * The signed-in member's organisation: creating it, its profile and members (its suppliers are in
 * the supplier register). There is no organisation id in any URL; it is always the current user's.
 */
@Path("/organisation")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class OrganisationResource {

  /** A form with problems is shown again with this status, its input kept. */
  static final int INVALID = Response.Status.BAD_REQUEST.getStatusCode();

  /** A profile save refused because someone else saved first. */
  static final int CONFLICT = Response.Status.CONFLICT.getStatusCode();

  @Inject CurrentUser user;
  @Inject OrganisationService service;
  @Inject ProfilePages pages;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance create(ProfileForm form, FormErrors errors, Choices choices);

    static native TemplateInstance profile(ProfilePage page);
  }

  @GET
  @Path("new")
  public Response newOrganisation() {
    if (user.organisation().isPresent()) {
      return redirect("/organisation");
    }
    return Response.ok(Templates.create(new ProfileForm(), new FormErrors(), pages.choices()))
        .build();
  }

  @POST
  @Path("new")
  public Response create(@BeanParam ProfileForm form) {
    if (user.organisation().isPresent()) {
      return redirect("/organisation");
    }
    FormErrors errors = form.validate(pages.messages());
    if (errors.any()) {
      return Response.status(INVALID)
          .entity(Templates.create(form, errors, pages.choices()))
          .build();
    }
    service.create(user.username(), form);
    return redirect("/dashboard");
  }

  @GET
  public Response profile(@QueryParam("done") String done) {
    return forMember(
        organisation -> {
          ProfilePage page = pages.page(organisation);
          page.notice = pages.notice(done);
          return Response.ok(Templates.profile(page)).build();
        });
  }

  @POST
  public Response save(@BeanParam ProfileForm form) {
    return forMember(
        organisation -> {
          FormErrors errors = form.validate(pages.messages());
          if (errors.any()) {
            return refused(organisation, page -> page.form = form, errors);
          }
          boolean saved;
          try {
            saved = service.saveProfile(organisation.id, form);
          } catch (OptimisticLockException e) {
            saved = false;
          }
          return saved
              ? redirect("/organisation?done=" + ProfilePages.SAVED)
              : conflict(organisation, form);
        });
  }

  @POST
  @Path("members")
  public Response invite(@BeanParam MemberForm form) {
    return forMember(
        organisation -> {
          OrgMessages m = pages.messages();
          FormErrors errors = form.validate(m);
          if (!errors.any()) {
            String identity = form.identityText();
            switch (service.invite(organisation.id, identity, user.username())) {
              case ALREADY_MEMBER -> errors.add("identity", m.error_member_exists(identity));
              case IN_ANOTHER_ORGANISATION ->
                  errors.add("identity", m.error_member_elsewhere(identity));
              case ALREADY_INVITED -> errors.add("identity", m.error_already_invited(identity));
              case RESERVED -> errors.add("identity", m.error_identity_reserved(identity));
              default -> {}
            }
          }
          if (errors.any()) {
            return refused(organisation, page -> page.memberForm = form, errors);
          }
          return redirect("/organisation?done=" + ProfilePages.MEMBER_INVITED + "#members");
        });
  }

  @POST
  @Path("invitations/{id}/withdraw")
  public Response withdraw(@PathParam("id") String id) {
    return forMember(
        organisation -> {
          if (!service.withdraw(organisation.id, uuid(id))) {
            throw new NotFoundException();
          }
          return redirect("/organisation?done=" + ProfilePages.INVITATION_WITHDRAWN + "#members");
        });
  }

  @POST
  @Path("members/{id}/remove")
  public Response removeMember(@PathParam("id") String id) {
    return forMember(
        organisation -> {
          MemberChange change = service.removeMember(organisation.id, uuid(id));
          if (change == MemberChange.NOT_FOUND) {
            throw new NotFoundException();
          }
          if (change == MemberChange.LAST_MEMBER) {
            FormErrors errors =
                new FormErrors().add("members", pages.messages().error_last_member());
            return refused(organisation, page -> {}, errors);
          }
          boolean left = Organisation.findByMember(user.username()).isEmpty();
          return left
              ? redirect("/dashboard")
              : redirect("/organisation?done=" + ProfilePages.MEMBER_REMOVED + "#members");
        });
  }

  /** Runs the action on the user's organisation; a user without one is sent to create it. */
  private Response forMember(Function<Organisation, Response> action) {
    return user.organisation().map(action).orElseGet(() -> redirect("/organisation/new"));
  }

  /**
   * Nothing was saved: the saved profile is shown beside the user's input, which stays in the form
   * with the current version, so that saving again is a deliberate choice to overwrite.
   */
  private Response conflict(Organisation stale, ProfileForm form) {
    Organisation current = service.current(stale.id);
    form.version = Integer.toString(current.version);
    ProfilePage page = pages.page(stale);
    page.organisationName = current.name;
    page.form = form;
    page.conflict = pages.saved(current);
    return Response.status(CONFLICT).entity(Templates.profile(page)).build();
  }

  /** Nothing was saved: the page again, with the problems and what the user typed. */
  private Response refused(
      Organisation organisation, Consumer<ProfilePage> input, FormErrors errors) {
    ProfilePage page = pages.page(organisation);
    input.accept(page);
    page.errors = errors;
    return Response.status(INVALID).entity(Templates.profile(page)).build();
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }

  private static Response redirect(String path) {
    return Response.seeOther(URI.create(path)).build();
  }
}
