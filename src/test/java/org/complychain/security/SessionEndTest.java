package org.complychain.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.Test;

/** A session ends for good: at sign-out, after idling, and at its absolute lifetime. */
@QuarkusTest
@DatabaseTest
class SessionEndTest {

  @Inject DataSource dataSource;

  /** The cookies a browser holds after signing in, to replay them as a copy would. */
  record Copy(String credential, String session) {
    RequestSpecification replay() {
      return given()
          .redirects()
          .follow(false)
          .cookie("quarkus-credential", credential)
          .cookie("cc-session", session);
    }
  }

  @Test
  void aCopyOfTheCookiesNeitherReadsNorWritesAfterSignOut() throws SQLException {
    CookieFilter browser = new CookieFilter();
    Copy copy = signIn(browser, "company");
    copy.replay().get("/dashboard").then().statusCode(200);

    String token = SignIn.token(page(browser, "/"));
    given()
        .filter(browser)
        .redirects()
        .follow(false)
        .formParam("csrf-token", token)
        .post("/logout")
        .then()
        .statusCode(303);

    copy.replay()
        .get("/dashboard")
        .then()
        .statusCode(302)
        .header("Location", equalTo("/dashboard"))
        .header("Set-Cookie", containsString("quarkus-credential=;"));

    // A write with a valid CSRF pair of its own is refused as well, and saves nothing.
    CookieFilter csrf = new CookieFilter();
    String formToken = SignIn.token(page(csrf, "/login"));
    String title = "Written after sign-out " + UUID.randomUUID();
    copy.replay()
        .filter(csrf)
        .formParam("csrf-token", formToken)
        .formParam("title", title)
        .formParam("start", "2027-01-01")
        .formParam("end", "2027-12-31")
        .post("/plans")
        .then()
        .statusCode(303)
        .header("Location", equalTo("/login?expired=true"));
    assertEquals(0, count("select count(*) from plan where title = ?", title));
  }

  @Test
  void aSessionLeftIdleForThirtyMinutesHasEnded() throws SQLException {
    Copy copy = signIn(new CookieFilter(), "auditor");
    copy.replay().get("/dashboard").then().statusCode(200);
    update(
        "update app_session set last_seen_at = now() - interval '31 minutes' where id = ?",
        copy.session());
    copy.replay().get("/dashboard").then().statusCode(302);
    copy.replay().get("/dashboard").then().statusCode(302);
  }

  @Test
  void aBusySessionStillEndsEightHoursAfterSignIn() throws SQLException {
    Copy copy = signIn(new CookieFilter(), "auditor");
    update(
        "update app_session set created_at = now() - interval '8 hours 1 minute',"
            + " last_seen_at = now() where id = ?",
        copy.session());
    copy.replay().get("/dashboard").then().statusCode(302);
  }

  @Test
  void aSessionInUseIsKeptAlive() throws SQLException {
    Copy copy = signIn(new CookieFilter(), "auditor");
    update(
        "update app_session set last_seen_at = now() - interval '29 minutes' where id = ?",
        copy.session());
    copy.replay().get("/dashboard").then().statusCode(200);
    assertEquals(
        1,
        count(
            "select count(*) from app_session where id = ?::uuid"
                + " and last_seen_at > now() - interval '1 minute'",
            copy.session()));
  }

  @Test
  void theSignInCookieAloneIsNotEnough() {
    Copy copy = signIn(new CookieFilter(), "auditor");
    given()
        .redirects()
        .follow(false)
        .cookie("quarkus-credential", copy.credential())
        .get("/dashboard")
        .then()
        .statusCode(302);
    new Copy(copy.credential(), UUID.randomUUID().toString())
        .replay()
        .get("/dashboard")
        .then()
        .statusCode(302);
  }

  @Test
  void theBuiltInFormPostIsSwitchedOff() {
    given()
        .redirects()
        .follow(false)
        .formParam("j_username", "company")
        .formParam("j_password", "company")
        .post("/j_security_check")
        .then()
        .statusCode(404)
        .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
  }

  static Copy signIn(CookieFilter browser, String user) {
    Response response = SignIn.post(browser, user, user);
    response.then().statusCode(303);
    assertCookies(response);
    return new Copy(response.getCookie("quarkus-credential"), response.getCookie("cc-session"));
  }

  private static void assertCookies(Response response) {
    org.hamcrest.MatcherAssert.assertThat(
        response.getHeaders().getValues("Set-Cookie"), hasItem(startsWith("cc-session=")));
  }

  private static String page(CookieFilter cookies, String path) {
    return given().filter(cookies).get(path).then().statusCode(200).extract().asString();
  }

  private void update(String sql, String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, UUID.fromString(id));
      s.executeUpdate();
    }
  }

  private long count(String sql, String param) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, param);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
