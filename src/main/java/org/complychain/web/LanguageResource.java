package org.complychain.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.complychain.notify.People;

/** The language switcher: remembers the choice in a cookie and returns to the page. */
@Path("/language")
public class LanguageResource {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject People people;

  @GET
  @Path("/{code}")
  public Response choose(@PathParam("code") String code, @QueryParam("next") String next) {
    String language = Languages.supported(code).orElseThrow(NotFoundException::new);
    people.remember(language);
    NewCookie cookie =
        new NewCookie.Builder(Languages.COOKIE)
            .value(language)
            .path("/")
            .maxAge(ONE_YEAR)
            .sameSite(NewCookie.SameSite.LAX)
            .httpOnly(true)
            .build();
    return Response.seeOther(URI.create(SafeRedirect.localPath(next))).cookie(cookie).build();
  }
}
