package org.complychain.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DatabaseTest
class LoginTest {

  @Test
  void theLoginFormHasLabelledFieldsAndTheDemoHint() {
    given()
        .get("/login")
        .then()
        .statusCode(200)
        .body(containsString("<label for=\"username\">Username</label>"))
        .body(containsString("<label for=\"password\">Password</label>"))
        .body(containsString("company / company"))
        .body(containsString("name=\"csrf-token\""));
  }

  @Test
  void aWrongPasswordShowsALocalisedError() {
    SignIn.post(new CookieFilter(), "company", "wrong")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/login?error=true"));
    given()
        .header("Accept-Language", "es")
        .get("/login?error=true")
        .then()
        .body(containsString("El nombre de usuario o la contraseña no son correctos"));
  }

  @Test
  void aSignedInUserLandsOnTheDashboard() {
    SignIn.post(new CookieFilter(), "auditor", "auditor")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/dashboard"));
  }

  @Test
  void theLoginPageSendsASignedInUserOnToTheDashboard() {
    SignIn.as("company")
        .get("/login")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/dashboard"));
  }

  @Test
  void signedInPagesShowTheUserAndSignOut() {
    SignIn.as("company")
        .get("/dashboard")
        .then()
        .body(containsString("Signed in as company"))
        .body(containsString("action=\"/logout\""));
  }
}
