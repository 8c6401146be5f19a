package org.complychain.organisation;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.support.SignIn;

/** Small helpers to read what the organisation pages show and to post their forms. */
final class Pages {

  private Pages() {}

  /** The hidden version field of the profile form. */
  static String version(Form user) {
    return first(user.page("/organisation"), "name=\"version\" value=\"([^\"]*)\"");
  }

  /** The ids in the remove buttons' actions of one list ("members"). */
  static List<String> removeIds(String html, String list) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("/organisation/" + list + "/([^/\"]+)/remove").matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** A session signed in through the login form, with the CSRF token for its forms. */
  static Form form(String username) {
    SignIn.Session session = SignIn.session(username);
    return new Form(session, session.csrfToken());
  }

  /** A signed-in session and its CSRF token; every request is a fresh specification. */
  record Form(SignIn.Session session, String token) {
    RequestSpecification request() {
      return session.req();
    }

    /** A form post as a browser sends it from a UTF-8 page, with the CSRF token. */
    RequestSpecification post() {
      return request()
          .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
          .formParam("csrf-token", token);
    }

    String page(String path) {
      return request().get(path).then().statusCode(200).extract().asString();
    }
  }

  private static String first(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    if (!m.find()) {
      throw new AssertionError("not on the page: " + regex);
    }
    return m.group(1);
  }
}
