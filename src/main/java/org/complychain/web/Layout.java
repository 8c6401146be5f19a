package org.complychain.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.complychain.security.CurrentUser;
import org.complychain.security.Role;
import org.complychain.system.AppConfig;

/** What the page layout needs on every request: language, user, navigation. */
@Named("layout")
@RequestScoped
public class Layout {

  @Inject RequestLocale locale;
  @Inject CurrentUser user;
  @Inject AppConfig config;
  @Inject CurrentVertxRequest request;

  /** One entry of the language switcher. */
  public record LanguageLink(String code, String href, boolean current) {
    /** The message key of the language's own name. */
    public String nameKey() {
      return "lang_" + code;
    }
  }

  public String lang() {
    return locale.tag();
  }

  public boolean demo() {
    return config.demo().enabled();
  }

  public boolean signedIn() {
    return user.signedIn();
  }

  public String userName() {
    return user.displayName();
  }

  public boolean company() {
    return user.has(Role.COMPANY);
  }

  public boolean auditor() {
    return user.has(Role.AUDITOR);
  }

  public boolean admin() {
    return user.has(Role.ADMIN);
  }

  public List<LanguageLink> languages() {
    String next = URLEncoder.encode(currentPath(), StandardCharsets.UTF_8);
    return Languages.CODES.stream()
        .map(
            code ->
                new LanguageLink(code, "/language/" + code + "?next=" + next, code.equals(lang())))
        .toList();
  }

  /**
   * The CSRF token of this request, or null on pages rendered before the CSRF filter ran (an error
   * page for a refused request); the layout then leaves out the sign-out form.
   */
  public String csrfToken() {
    return request.getCurrent() == null ? null : request.getCurrent().get("csrf_token");
  }

  private String currentPath() {
    if (request.getCurrent() == null) {
      return "/";
    }
    String uri = request.getCurrent().request().uri();
    return SafeRedirect.localPath(uri);
  }

  /**
   * Whether the page was opened from "check your plan" ({@code ?return=check}, kept in the form's
   * address so that a refused save still knows), so that saving goes back there instead of to the
   * task list.
   */
  public boolean returnToCheck() {
    var current = request.getCurrent();
    return current != null && "check".equals(current.request().getParam("return"));
  }
}
