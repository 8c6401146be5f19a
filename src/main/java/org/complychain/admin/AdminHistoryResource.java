package org.complychain.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.complychain.security.Role;
import org.complychain.web.Dates;
import org.complychain.web.Paging;
import org.complychain.web.RequestLocale;
import org.complychain.web.RequestZone;

/** What administrators did, newest first, a page at a time. */
@Path("/admin/history")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AdminHistoryResource {

  @Inject AdminPages pages;
  @Inject RequestLocale locale;
  @Inject RequestZone zone;

  /** One action as the list shows it, in the reader's language and time zone. */
  public record Row(String when, String who, String organisation, String what) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(List<Row> rows, Paging paging);
  }

  @GET
  public TemplateInstance index(@QueryParam("page") String page) {
    Paging paging = Paging.of(page, AdminAction.count(), "/admin/history?page=", "");
    AdminMessages m = pages.messages();
    Locale loc = Locale.forLanguageTag(locale.tag());
    List<Row> rows =
        AdminAction.page(paging.offset(), paging.size()).stream()
            .map(
                a ->
                    new Row(
                        Dates.dateTime(a.at, loc, zone.get()),
                        a.actor,
                        a.organisationName,
                        what(m, a)))
            .toList();
    return Templates.index(rows, paging);
  }

  private static String what(AdminMessages m, AdminAction a) {
    return switch (a.kind) {
      case ORGANISATION_CREATED -> m.action_organisation_created();
      case ORGANISATION_RENAMED -> m.action_organisation_renamed(a.detail);
      case MEMBER_ADDED -> m.action_member_added(a.subject);
      case MEMBER_MOVED -> m.action_member_moved(a.subject, a.detail);
      case MEMBER_REMOVED -> m.action_member_removed(a.subject);
      case MEMBERSHIP_CONFIRMED -> m.action_membership_confirmed(a.subject);
      case AUDITOR_ASSIGNED -> m.action_auditor_assigned(a.subject);
      case AUDITOR_UNASSIGNED -> m.action_auditor_unassigned(a.subject);
    };
  }
}
