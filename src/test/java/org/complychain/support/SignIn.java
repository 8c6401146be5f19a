package org.complychain.support;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;

/** Signs a demo account in through the real login form and keeps its cookies, like a browser. */
public final class SignIn {

  private SignIn() {}

  /** A request specification carrying the session of the given account (anonymous when null). */
  public static RequestSpecification as(String username) {
    CookieFilter cookies = new CookieFilter();
    if (username != null) {
      given()
          .filter(cookies)
          .redirects()
          .follow(false)
          .formParam("j_username", username)
          .formParam("j_password", username)
          .post("/j_security_check")
          .then()
          .statusCode(302);
    }
    return given().filter(cookies).redirects().follow(false);
  }

  /** Loads a page so that the CSRF cookie is set, and returns the token for the next form. */
  public static String csrfToken(RequestSpecification session) {
    String html = session.get("/").then().statusCode(200).extract().asString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("No CSRF token on the page");
    }
    return m.group(1);
  }
}
