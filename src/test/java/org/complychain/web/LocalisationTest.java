package org.complychain.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DatabaseTest
class LocalisationTest {

  @Test
  void englishIsTheDefault() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .header("Content-Language", "en")
        .body(containsString("<html lang=\"en\">"))
        .body(containsString("How it works"));
  }

  @Test
  void eachLanguageRendersItsOwnText() {
    expectHome("es", "Cómo funciona");
    expectHome("fr", "Comment ça marche");
    expectHome("ms", "Cara ia berfungsi");
  }

  @Test
  void bestMatchOverAllAcceptLanguageEntries() {
    given()
        .header("Accept-Language", "de-DE, ja;q=0.9, ms-MY;q=0.8, en;q=0.1")
        .get("/")
        .then()
        .body(containsString("<html lang=\"ms\">"));
  }

  @Test
  void theSwitcherCookieBeatsTheHeader() {
    given()
        .header("Accept-Language", "ms")
        .cookie("lang", "fr")
        .get("/")
        .then()
        .body(containsString("<html lang=\"fr\">"))
        .body(containsString("Comment ça marche"));
  }

  @Test
  void switchingLanguageSetsTheCookieAndReturnsToThePage() {
    given()
        .redirects()
        .follow(false)
        .get("/language/ms?next=/login")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith("/login"))
        .cookie("lang", "ms");
  }

  @Test
  void switchingLanguageNeverRedirectsOffSite() {
    given()
        .redirects()
        .follow(false)
        .get("/language/es?next=//evil.example/")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.matchesPattern("http://localhost:[0-9]+/"));
  }

  @Test
  void anUnknownLanguageIsALocalisedNotFound() {
    given()
        .header("Accept-Language", "fr")
        .get("/language/xx")
        .then()
        .statusCode(404)
        .body(containsString("Erreur 404"))
        .body(containsString("Cette page est introuvable"));
  }

  private static void expectHome(String lang, String text) {
    given()
        .header("Accept-Language", lang)
        .get("/")
        .then()
        .statusCode(200)
        .header("Content-Language", lang)
        .body(containsString("<html lang=\"" + lang + "\">"))
        .body(containsString(text));
  }
}
