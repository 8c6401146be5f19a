package org.complychain.guidance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.web.AppMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@DatabaseTest
class GuidancePagesTest {

  @Inject Catalogue catalogue;

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void everyGuidancePageRendersInEachLanguage(String lang) {
    given()
        .header("Accept-Language", lang)
        .get("/guidance")
        .then()
        .statusCode(200)
        .body(containsString("<html lang=\"" + lang + "\">"));
    given().header("Accept-Language", lang).get("/guidance/glossary").then().statusCode(200);
    for (GuidanceModule m : catalogue.modules(lang)) {
      given()
          .header("Accept-Language", lang)
          .get("/guidance/" + m.id())
          .then()
          .statusCode(200)
          .body(containsString(escape(m.title())));
      for (var t : m.topics()) {
        given()
            .header("Accept-Language", lang)
            .get("/guidance/" + m.id() + "/" + t.slug())
            .then()
            .statusCode(200)
            .body(containsString(escape(t.title())));
      }
    }
  }

  @Test
  void theElementPageShowsObjectivesTermsTopicsAndQuestions() {
    GuidanceModule e5 = catalogue.module("en", "e5").orElseThrow();
    given()
        .get("/guidance/e5")
        .then()
        .body(containsString("What you will learn"))
        .body(containsString("Key terms"))
        .body(containsString("Questions your plan will ask"))
        .body(containsString("What good evidence looks like"))
        .body(containsString("id=\"e5.q1\""))
        .body(containsString(escape(e5.questions().get(0).text())))
        .body(containsString("href=\"/guidance/e5/t1\""));
  }

  @Test
  void topicsLinkToTheirNeighboursAcrossModulesWithBreadcrumbs() {
    GuidanceModule m2 = catalogue.module("en", "m2").orElseThrow();
    String lastOfM2 = m2.topics().get(m2.topics().size() - 1).slug();
    given()
        .get("/guidance/m2/" + lastOfM2)
        .then()
        .body(containsString("rel=\"next\" href=\"/guidance/e1/t1\""))
        .body(containsString("rel=\"prev\""))
        .body(containsString("<a href=\"/guidance/m2\">" + escape(m2.title()) + "</a>"));
    given().get("/guidance/m1/t1").then().body(not(containsString("rel=\"prev\"")));
  }

  @Test
  void theGlossaryIsSortedForTheLanguage() {
    String html = given().header("Accept-Language", "es").get("/guidance/glossary").asString();
    var terms = catalogue.glossary("es");
    int first = html.indexOf(escape(terms.get(0).term().term()));
    int last = html.indexOf(escape(terms.get(terms.size() - 1).term().term()));
    assertTrue(first > 0 && first < last);
  }

  @Test
  void searchShowsRankedResultsAndHelpfulEmptyStates() {
    given()
        .header("Accept-Language", "fr")
        .get("/guidance/search?q=conformite")
        .then()
        .statusCode(200)
        .body(containsString("<mark>conformité</mark>"));
    given().get("/guidance/search").then().statusCode(200).body(containsString("Type a word"));
    given()
        .get("/guidance/search?q=zqxjkv")
        .then()
        .statusCode(200)
        .body(containsString("No results"));
    given()
        .get("/guidance/search?q=" + "a".repeat(1000))
        .then()
        .statusCode(200)
        .body(containsString("longer than 200 characters"));
    given().get("/guidance/search?q=" + "a".repeat(9000)).then().statusCode(414);
    given()
        .get("/guidance/search?q=<script>")
        .then()
        .statusCode(200)
        .body(not(containsString("<script>")));
  }

  @Test
  void searchShowsTheRealCountAndPagesTheResults() {
    int total = catalogue.search("en", "supplier").total();
    given()
        .get("/guidance/search?q=supplier")
        .then()
        .statusCode(200)
        .body(containsString(total + " results for"))
        .body(containsString("href=\"/guidance/search?q=supplier&amp;page=2\""));
    given()
        .get("/guidance/search?q=supplier&page=2")
        .then()
        .statusCode(200)
        .body(containsString("Page 2 of"))
        .body(containsString("start=\"21\""));
    given().get("/guidance/search?q=supplier&page=abc").then().statusCode(200);
  }

  @Test
  void oneSearchResultIsCountedInTheSingular() {
    AppMessages en = MessageBundles.get(AppMessages.class, Localized.Literal.of("en"));
    assertEquals("1 result for “cocoa”", en.search_count(1, "cocoa"));
    assertEquals("2 results for “cocoa”", en.search_count(2, "cocoa"));
    AppMessages fr = MessageBundles.get(AppMessages.class, Localized.Literal.of("fr"));
    assertEquals("1 résultat pour « cacao »", fr.search_count(1, "cacao"));
    AppMessages es = MessageBundles.get(AppMessages.class, Localized.Literal.of("es"));
    assertEquals("3 resultados para «cacao»", es.search_count(3, "cacao"));
  }

  @Test
  void claimsShowTheirSourceAndTheMonthItWasVerifiedInTheReadersLanguage() {
    given()
        .get("/guidance/m1/t3")
        .then()
        .body(containsString("Sources:"))
        .body(containsString("(verified December 2026)"))
        .body(containsString("ILO and UNICEF, June 2025"));
    given()
        .header("Accept-Language", "es")
        .get("/guidance/m1/t3")
        .then()
        .body(containsString("verificado en diciembre de 2026"));
    given()
        .header("Accept-Language", "fr")
        .get("/guidance/m1/t3")
        .then()
        .body(containsString("vérifié en décembre 2026"));
    given()
        .header("Accept-Language", "ms")
        .get("/guidance/m1/t3")
        .then()
        .body(containsString("disahkan pada Disember 2026"));
    given()
        .get("/guidance/e7")
        .then()
        .body(containsString("Tufts University, The Impact of Better Work"));
    given().get("/guidance/m1/t2").then().body(not(containsString("class=\"sources\"")));
  }

  @Test
  void unknownModulesAndTopicsAreNotFound() {
    given().get("/guidance/e9").then().statusCode(404);
    given().get("/guidance/e1/t99").then().statusCode(404);
  }

  @Test
  void aSignedInReaderSeesWhichTopicsTheyHaveRead() {
    var session = SignIn.as("company2");
    session.get("/guidance/e4/t2").then().statusCode(200);
    session.get("/guidance").then().body(containsString("1 of"));
    session.get("/guidance/e4").then().body(containsString("class=\"tag read\""));
    SignIn.as(null).get("/guidance").then().body(not(containsString("topics read")));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
