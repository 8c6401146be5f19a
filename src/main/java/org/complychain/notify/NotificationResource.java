package org.complychain.notify;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
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
import org.complychain.security.CurrentUser;
import org.complychain.web.Dates;
import org.complychain.web.Paging;
import org.complychain.web.RequestLocale;
import org.complychain.web.SafeRedirect;

/** The signed-in person's notifications: the list, opening one, marking them read. */
@Path("/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationResource {

  @Inject CurrentUser user;
  @Inject RequestLocale locale;
  @Inject NotificationService notifications;
  @Inject People people;

  /** One notification as the list shows it. */
  public record Row(UUID id, String title, String text, String at, boolean unread) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(List<Row> rows, Paging paging, boolean anyUnread);
  }

  @GET
  public TemplateInstance list(@QueryParam("page") String page) {
    // Opening the list is a moment the person's language is known: mail follows it.
    people.rememberCurrent();
    String me = user.username();
    Paging paging = Paging.of(page, Notification.countFor(me), "/notifications?page=", "");
    List<Row> rows =
        Notification.page(me, paging.offset(), paging.size()).stream()
            .map(
                n -> {
                  NotificationText text = NotificationText.of(n.kind, n.params, locale.get());
                  return new Row(
                      n.id,
                      text.title(),
                      text.text(),
                      Dates.dateTime(n.createdAt, locale.get()),
                      n.readAt == null);
                })
            .toList();
    return Templates.list(rows, paging, rows.stream().anyMatch(Row::unread));
  }

  /** Marks one read; with {@code open}, goes on to what it is about. */
  @POST
  @Path("{id}/read")
  public Response read(@PathParam("id") String id, @FormParam("open") String open) {
    UUID uuid = parse(id);
    String link = notifications.markRead(user.username(), uuid).orElseThrow(NotFoundException::new);
    String next = open == null ? "/notifications" : SafeRedirect.localPath(link);
    return Response.seeOther(URI.create(next)).build();
  }

  @POST
  @Path("read-all")
  public Response readAll() {
    notifications.markAllRead(user.username());
    return Response.seeOther(URI.create("/notifications")).build();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }
}
