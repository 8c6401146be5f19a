package org.complychain.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.UUID;
import org.complychain.risk.Supplier;
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
            .formParam("name", good)
            .formParam("country", "GH")
            .formParam("tier", "1")
            .formParam("goodsText", "Cocoa beans")
            .post("/risk/suppliers");
    refused
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("Your changes are not saved yet"))
        .body(containsString("action=\"/risk/suppliers\""))
        .body(containsString("name=\"country\" value=\"GH\""))
        .body(containsString("Cocoa &lt;b&gt;&quot;beans&quot;&lt;/b&gt;"))
        .body(not(containsString("<b>\"beans\"")))
        .body(not(containsString(stale)));
    String html = refused.asString();
    String fresh = SignIn.token(html);
    assertNotEquals(stale, fresh);
    assertTrue(refused.getCookies().containsKey("csrf-token"), "a fresh CSRF cookie is set");
    assertFalse(saved(good), "nothing saved before the button");

    // Pressing "save again" sends the kept fields with the fresh token.
    company
        .req()
        .header("Origin", origin())
        .formParam("csrf-token", fresh)
        .formParam("name", good)
        .formParam("country", "GH")
        .formParam("tier", "1")
        .formParam("goodsText", "Cocoa beans")
        .post("/risk/suppliers")
        .then()
        .statusCode(303);
    assertTrue(saved(good), "saved after the button");
    QuarkusTransaction.requiringNew().run(() -> Supplier.delete("name", good));
  }

  @Test
  void aPostFromAnotherSiteOrWithoutAccountGetsThePlainPage() {
    SignIn.session("company")
        .req()
        .header("Origin", "https://evil.example")
        .formParam("csrf-token", "x")
        .formParam("name", "Planted")
        .post("/risk/suppliers")
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

  private static boolean saved(String supplierName) {
    return QuarkusTransaction.requiringNew().call(() -> Supplier.count("name", supplierName) > 0);
  }

  private static String origin() {
    return "http://localhost:" + RestAssured.port;
  }
}
