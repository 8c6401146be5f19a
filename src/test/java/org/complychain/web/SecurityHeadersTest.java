package org.complychain.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DatabaseTest
class SecurityHeadersTest {

  @Test
  void pagesAssetsAndErrorsCarryTheSecurityHeaders() {
    expectHeaders(given().get("/").then().statusCode(200));
    expectHeaders(given().get("/static/app.css").then().statusCode(200));
    expectHeaders(given().get("/language/zz").then().statusCode(404));
    expectHeaders(given().get("/q/health/live").then().statusCode(200));
  }

  @Test
  void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
    var session = SignIn.as("company");
    session.post("/logout").then().statusCode(400);
    session.get("/dashboard").then().statusCode(200);
  }

  @Test
  void aPostWithTheTokenIsAcceptedAndEndsTheSession() {
    var session = SignIn.session("company");
    String token = session.csrfToken();
    session
        .req()
        .formParam("csrf-token", token)
        .post("/logout")
        .then()
        .statusCode(303)
        .header("Set-Cookie", org.hamcrest.Matchers.anything())
        .extract()
        .headers()
        .getValues("Set-Cookie")
        .stream()
        .filter(c -> c.startsWith("quarkus-credential=;") && c.contains("Max-Age=0"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the sign-in cookie was not removed"));
  }

  @Test
  void everySignedInPageIsNeverCachedAndDeclaresItsCharset() {
    var company = SignIn.session("company");
    for (String page : new String[] {"/organisation", "/dashboard", "/plans/new"}) {
      company
          .req()
          .get(page)
          .then()
          .statusCode(200)
          .header("Cache-Control", equalTo("no-store"))
          .header("Content-Type", containsString("charset=UTF-8"));
    }
  }

  @Test
  void errorPagesShowNoStackTrace() {
    given()
        .get("/language/zz")
        .then()
        .body(not(containsString("Exception")))
        .body(not(containsString("at org.")));
  }

  private static void expectHeaders(ValidatableResponse response) {
    response
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
  }
}
