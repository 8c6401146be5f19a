package org.complychain.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.UUID;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/**
 * A post whose CSRF cookie expired or went missing: our own page, with what was typed kept for one
 * deliberate "save again", and nothing saved before it.
 */
@QuarkusTest
@DatabaseTest
class CsrfExpiryTest {

  @Test
  void aSignedInPostWithoutTheCsrfCookieKeepsWhatWasTypedForOneMoreSave() {
    Session company = SignIn.session("company");
    String stale = "stale-token-from-an-old-page";
    String good = "Cocoa <b>\"beans\"</b> " + UUID.randomUUID();
    // The session never loaded a page, so it has no CSRF cookie: as after the cookie expired.
    Response refused =
        company
            .req()
            .header("Origin", origin())
            .formParam("csrf-token", stale)
            .formParam("country", "GH")
            .formParam("good", good)
            .post("/organisation/sourcing");
    refused
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("Your changes are not saved yet"))
        .body(containsString("action=\"/organisation/sourcing\""))
        .body(containsString("name=\"country\" value=\"GH\""))
        .body(containsString("Cocoa &lt;b&gt;&quot;beans&quot;&lt;/b&gt;"))
        .body(not(containsString("<b>\"beans\"")))
        .body(not(containsString(stale)));
    String html = refused.asString();
    String fresh = SignIn.token(html);
    assertNotEquals(stale, fresh);
    assertTrue(refused.getCookies().containsKey("csrf-token"), "a fresh CSRF cookie is set");
    assertFalse(organisationPage(company).contains(good), "nothing saved before the button");

    // Pressing "save again" sends the kept fields with the fresh token.
    company
        .req()
        .header("Origin", origin())
        .formParam("csrf-token", fresh)
        .formParam("country", "GH")
        .formParam("good", good)
        .post("/organisation/sourcing")
        .then()
        .statusCode(303);
    assertTrue(organisationPage(company).contains("Cocoa &lt;b&gt;"), "saved after the button");
  }

  @Test
  void aPostFromAnotherSiteOrWithoutAccountGetsThePlainPage() {
    SignIn.session("company")
        .req()
        .header("Origin", "https://evil.example")
        .formParam("csrf-token", "x")
        .formParam("good", "Planted")
        .post("/organisation/sourcing")
        .then()
        .statusCode(400)
        .body(containsString("<html"))
        .body(not(containsString("Planted")))
        .body(not(containsString("Your changes are not saved yet")));
    SignIn.session(null)
        .req()
        .header("Accept-Language", "ms")
        .post("/logout")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("<html lang=\"ms\""))
        .body(not(containsString("Your changes are not saved yet")));
  }

  private static String organisationPage(Session session) {
    return session.req().get("/organisation").then().statusCode(200).extract().asString();
  }

  private static String origin() {
    return "http://localhost:" + RestAssured.port;
  }
}
