package org.complychain.risk;

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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.complychain.organisation.Option;
import org.complychain.organisation.Organisation;
import org.complychain.organisation.Text;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The supplier register of the signed-in member's organisation and each supplier's screening. No
 * organisation id is in any URL; a supplier id of another organisation answers 404.
 */
@Path("/risk/suppliers")
@RolesAllowed(Role.COMPANY_NAME)
@Produces(MediaType.TEXT_HTML)
public class SupplierResource {

  @Inject CurrentUser user;
  @Inject SupplierService service;
  @Inject SupplierPages pages;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(SupplierPages.ListPage page);

    static native TemplateInstance form(
        UUID id,
        SupplierForm form,
        FormErrors errors,
        List<Option> countries,
        List<Option> goods,
        boolean conflict);

    static native TemplateInstance detail(SupplierPages.Detail page, FormErrors errors);
  }

  @GET
  public Response list(@BeanParam SupplierQuery query, @QueryParam("done") String done) {
    return forMember(
        org -> Response.ok(Templates.list(pages.list(org.id, query, notice(done)))).build());
  }

  @GET
  @Path("new")
  public Response newSupplier() {
    return forMember(org -> Response.ok(form(null, new SupplierForm(), new FormErrors())).build());
  }

  @POST
  public Response create(@BeanParam SupplierForm form) {
    return forMember(
        org -> {
          FormErrors errors = form.validate(pages.messages(), pages.active());
          if (errors.any()) {
            return Response.status(Response.Status.BAD_REQUEST)
                .entity(form(null, form, errors))
                .build();
          }
          UUID id = service.create(org.id, form);
          return redirect("/risk/suppliers/" + id + "?done=saved");
        });
  }

  @GET
  @Path("{id}")
  public Response detail(@PathParam("id") String id, @QueryParam("done") String done) {
    return forMember(
        org ->
            pages
                .detail(org.id, RiskIds.uuid(id), notice(done))
                .map(d -> Response.ok(Templates.detail(d, new FormErrors())).build())
                .orElseThrow(NotFoundException::new));
  }

  @GET
  @Path("{id}/edit")
  public Response edit(@PathParam("id") String id) {
    return forMember(
        org -> {
          UUID supplierId = RiskIds.uuid(id);
          SupplierForm form = pages.form(org.id, supplierId).orElseThrow(NotFoundException::new);
          return Response.ok(form(supplierId, form, new FormErrors())).build();
        });
  }

  @POST
  @Path("{id}")
  public Response update(@PathParam("id") String id, @BeanParam SupplierForm form) {
    return forMember(
        org -> {
          UUID supplierId = RiskIds.uuid(id);
          if (pages.form(org.id, supplierId).isEmpty()) {
            throw new NotFoundException();
          }
          FormErrors errors = form.validate(pages.messages(), pages.active());
          if (errors.any()) {
            return Response.status(Response.Status.BAD_REQUEST)
                .entity(form(supplierId, form, errors))
                .build();
          }
          Optional<Boolean> saved;
          try {
            saved = service.update(org.id, supplierId, form);
          } catch (jakarta.persistence.OptimisticLockException e) {
            saved = Optional.of(false);
          }
          if (saved.isEmpty()) {
            throw new NotFoundException();
          }
          if (!saved.get()) {
            form.version = pages.form(org.id, supplierId).map(f -> f.version).orElse("-1");
            return Response.status(Response.Status.CONFLICT)
                .entity(
                    Templates.form(
                        supplierId,
                        form,
                        new FormErrors(),
                        pages.countryOptions(),
                        pages.goodOptions(),
                        true))
                .build();
          }
          return redirect("/risk/suppliers/" + supplierId + "?done=saved");
        });
  }

  @POST
  @Path("{id}/delete")
  public Response delete(@PathParam("id") String id) {
    return forMember(
        org -> {
          if (!service.delete(org.id, RiskIds.uuid(id))) {
            throw new NotFoundException();
          }
          return redirect("/risk/suppliers?done=deleted");
        });
  }

  @POST
  @Path("{id}/override")
  public Response override(
      @PathParam("id") String id,
      @RestForm("level") String level,
      @RestForm("reason") String reason) {
    return forMember(
        org -> {
          UUID supplierId = RiskIds.uuid(id);
          RiskMessages m = pages.messages();
          FormErrors errors = new FormErrors();
          RiskLevel chosen = null;
          if (!Text.line(level).isEmpty()) {
            try {
              chosen = RiskLevel.valueOf(Text.line(level));
            } catch (IllegalArgumentException e) {
              errors.add("level", m.error_choice());
            }
          }
          String why = Text.lines(reason);
          if (why.isEmpty()) {
            errors.add("reason", m.error_reason_required());
          } else if (Text.length(why) > RiskOverride.REASON_MAX) {
            errors.add("reason", m.error_too_long(RiskOverride.REASON_MAX));
          }
          if (errors.any()) {
            SupplierPages.Detail d =
                pages.detail(org.id, supplierId, null).orElseThrow(NotFoundException::new);
            return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.detail(d, errors))
                .build();
          }
          if (!service.override(org.id, supplierId, chosen, why, user.username())) {
            throw new NotFoundException();
          }
          return redirect("/risk/suppliers/" + supplierId + "?done=overridden");
        });
  }

  private TemplateInstance form(UUID id, SupplierForm form, FormErrors errors) {
    return Templates.form(id, form, errors, pages.countryOptions(), pages.goodOptions(), false);
  }

  private String notice(String done) {
    RiskMessages m = pages.messages();
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "saved" -> m.notice_supplier_saved();
      case "deleted" -> m.notice_supplier_deleted();
      case "imported" -> m.notice_imported();
      case "overridden" -> m.notice_overridden();
      default -> null;
    };
  }

  private Response forMember(Function<Organisation, Response> action) {
    return user.organisation().map(action).orElseGet(() -> redirect("/organisation/new"));
  }

  private static Response redirect(String path) {
    return Response.seeOther(URI.create(path)).build();
  }
}
