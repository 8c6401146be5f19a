package org.complychain.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.sql.DataSource;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Guessing passwords is slowed down, and sign-in and forms refuse forged requests. */
@QuarkusTest
@DatabaseTest
class SignInGuardTest {

  @Inject DataSource dataSource;

  @AfterEach
  void forgetFailures() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from sign_in_failure");
    }
  }

  @Test
  void afterTenWrongPasswordsEvenTheRightOneIsRefusedWithALocalisedPage() {
    for (int i = 0; i < 10; i++) {
      SignIn.post(new CookieFilter(), "guesser", "wrong-" + i)
          .then()
          .statusCode(303)
          .header("Location", endsWith("/login?error=true"));
    }
    CookieFilter cookies = new CookieFilter();
    String token = SignIn.token(page(cookies, "/login"));
    given()
        .filter(cookies)
        .redirects()
        .follow(false)
        .header("Accept-Language", "es")
        .formParam("csrf-token", token)
        .formParam("j_username", "guesser")
        .formParam("j_password", "guesser")
        .post("/login")
        .then()
        .statusCode(429)
        .header("Set-Cookie", not(containsString("quarkus-credential")))
        .body(containsString("Espere 15 minutos y vuelva a intentarlo"));
  }

  @Test
  void oneAddressTryingManyAccountsIsLimitedToo() {
    for (int i = 0; i < 50; i++) {
      SignIn.post(new CookieFilter(), "nobody-" + i, "wrong").then().statusCode(303);
    }
    SignIn.post(new CookieFilter(), "company", "company")
        .then()
        .statusCode(429)
        .body(containsString("Wait 15 minutes, then try again."));
  }

  @Test
  void aSignInWithoutTheFormTokenIsRefused() {
    given()
        .redirects()
        .follow(false)
        .formParam("j_username", "company")
        .formParam("j_password", "company")
        .post("/login")
        .then()
        .statusCode(400)
        .header("Set-Cookie", nullValue());
  }

  @Test
  void aSignInPostedFromAnotherSiteIsRefused() {
    formFromLoginPage()
        .header("Origin", "https://evil.example")
        .post("/login")
        .then()
        .statusCode(403)
        .header("Set-Cookie", not(containsString("quarkus-credential")))
        .body(containsString("did not come from this site"));
    formFromLoginPage()
        .header("Sec-Fetch-Site", "cross-site")
        .post("/login")
        .then()
        .statusCode(403);
  }

  @Test
  void aSignInFromThisSiteIsAccepted() {
    formFromLoginPage()
        .header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
        .header("Sec-Fetch-Site", "same-origin")
        .post("/login")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/dashboard"));
  }

  @Test
  void aPlantedCsrfCookieWithoutTheServersSignatureIsRefused() {
    SignIn.Session session = SignIn.session("company");
    byte[] planted = new byte[32];
    new SecureRandom().nextBytes(planted);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(planted);
    session
        .req()
        .cookie("csrf-token", value)
        .formParam("csrf-token", value)
        .post("/logout")
        .then()
        .statusCode(400);
    session.req().get("/dashboard").then().statusCode(200);
  }

  private static RequestSpecification formFromLoginPage() {
    CookieFilter cookies = new CookieFilter();
    String token = SignIn.token(page(cookies, "/login"));
    return given()
        .filter(cookies)
        .redirects()
        .follow(false)
        .formParam("csrf-token", token)
        .formParam("j_username", "company")
        .formParam("j_password", "company");
  }

  private static String page(CookieFilter cookies, String path) {
    return given().filter(cookies).get(path).then().statusCode(200).extract().asString();
  }
}
