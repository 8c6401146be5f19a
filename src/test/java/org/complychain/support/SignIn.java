package org.complychain.support;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs a demo account in through the real login form and keeps its cookies, like a browser. */
public final class SignIn {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  private SignIn() {}

  /** A browser-like session: every {@link #req()} is a fresh request carrying its cookies. */
  public record Session(CookieFilter cookies) {
    public RequestSpecification req() {
      return given().filter(cookies).redirects().follow(false);
    }

    /** Loads a page so that the CSRF cookie is set, and returns the token for the next form. */
    public String csrfToken() {
      return token(req().get("/").then().statusCode(200).extract().asString());
    }
  }

  /** Signs in (anonymous when null) and returns the session. */
  public static Session session(String username) {
    CookieFilter cookies = new CookieFilter();
    if (username != null) {
      post(cookies, username, username).then().statusCode(303);
    }
    return new Session(cookies);
  }

  /** Posts the real login form, with the token its page carries, in the given cookie jar. */
  public static io.restassured.response.Response post(
      CookieFilter cookies, String username, String password) {
    String page = given().filter(cookies).get("/login").then().statusCode(200).extract().asString();
    return given()
        .filter(cookies)
        .redirects()
        .follow(false)
        .formParam("csrf-token", token(page))
        .formParam("j_username", username)
        .formParam("j_password", password)
        .post("/login");
  }

  /** A single request specification in a new session of the given account. */
  public static RequestSpecification as(String username) {
    return session(username).req();
  }

  public static String token(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("No CSRF token on the page");
    }
    return m.group(1);
  }
}
