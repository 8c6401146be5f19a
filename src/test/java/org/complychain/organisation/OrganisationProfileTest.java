package org.complychain.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.complychain.organisation.Pages.Form;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The profile of Northwind (member: company), put back after each test. */
@QuarkusTest
@DatabaseTest
class OrganisationProfileTest {

  private static final String NORTHWIND = "Northwind Apparel Ltd";

  private OrganisationSnapshot northwind;

  @BeforeEach
  void remember() {
    northwind = OrganisationSnapshot.of(NORTHWIND);
  }

  @AfterEach
  void putBack() {
    northwind.restore();
  }

  @Test
  void aMemberSeesTheirOrganisationsProfile() {
    Pages.form("company")
        .request()
        .get("/organisation")
        .then()
        .statusCode(200)
        .body(containsString("<h1>Organisation profile</h1>"))
        .body(containsString(NORTHWIND))
        .body(containsString("<label for=\"country\">Country of registration</label>"))
        .body(not(containsString("Kestrel Cocoa Trading")));
  }

  @Test
  void savingTheProfileKeepsEveryFieldAndSaysSo() {
    Form company = Pages.form("company");
    String products = "Cotton T-shirts\nDenim jeans " + UUID.randomUUID();
    company
        .post()
        .formParam("version", Pages.version(company))
        .formParam("name", NORTHWIND)
        .formParam("country", "BD")
        .formParam("sector", "APPAREL_TEXTILES")
        .formParam("size", "MEDIUM")
        .formParam("products", products)
        .post("/organisation")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation?done=saved"));
    company
        .request()
        .get("/organisation?done=saved")
        .then()
        .statusCode(200)
        .body(containsString("Profile saved."))
        .body(containsString("<option value=\"BD\" selected>Bangladesh</option>"))
        .body(containsString("<option value=\"APPAREL_TEXTILES\" selected>"))
        .body(containsString("<option value=\"MEDIUM\" selected>50 to 249</option>"))
        .body(containsString(">" + products + "</textarea>"));
  }

  @Test
  void countriesAndLabelsAreInThePageLanguage() {
    Pages.form("company")
        .request()
        .header("Accept-Language", "fr")
        .get("/organisation")
        .then()
        .statusCode(200)
        .body(containsString("<option value=\"DE\">Allemagne</option>"))
        .body(containsString("Habillement, chaussures et textiles"))
        .body(containsString("Profil de l’organisation"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing name    | name     |          | Enter the legal name of your organisation",
        "too long name   | name     | LONG201  | The legal name must be 200 characters or fewer",
        "unknown country | country  | XX       | Choose a country from the list",
        "lower-case code | country  | gb       | Choose a country from the list",
        "unknown sector  | sector   | SPACE    | Choose a sector from the list",
        "unknown size    | size     | HUGE     | Choose a number of employees from the list",
        "too long text   | products | LONG2001 | Products must be 2000 characters or fewer",
      })
  void invalidInputIsRefusedWithAMessageAndNothingIsSaved(
      String problem, String field, String value, String message) {
    Form company = Pages.form("company");
    String marker = "Not saved " + UUID.randomUUID();
    String input = value == null ? "" : value;
    if (input.startsWith("LONG")) {
      input = "x".repeat(Integer.parseInt(input.substring(4)));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("version", Pages.version(company));
    fields.put("name", NORTHWIND);
    fields.put("country", "GB");
    fields.put("sector", "RETAIL");
    fields.put("size", "SMALL");
    fields.put("products", marker);
    fields.put(field, input);
    var request = company.post().formParams(fields);
    String html =
        request
            .post("/organisation")
            .then()
            .statusCode(400)
            .body(containsString("There is a problem"))
            .body(containsString("<a href=\"#" + field + "\">" + message + "</a>"))
            .body(containsString("id=\"" + field + "-error\""))
            .extract()
            .asString();
    if (!field.equals("products")) {
      assertEquals(true, html.contains(">" + marker + "</textarea>"), "the input is kept");
    }
    company.request().get("/organisation").then().body(not(containsString(marker)));
  }

  @Test
  void textWithAccentsAndEmojiIsAcceptedUpToTheLimitInCharacters() {
    // 2000 characters of "é" are 4000 bytes, 12000 once percent-encoded: far above the bytes a
    // form field may have by default.
    Form company = Pages.form("company");
    String products = "é".repeat(1990) + "😀".repeat(10);
    save(company, Pages.version(company), products).then().statusCode(303);
    company.request().get("/organisation").then().body(containsString(">" + products + "<"));
  }

  @Test
  void tooLongInputIsKeptInTheForm() {
    Form company = Pages.form("company");
    String longName = "N".repeat(201);
    company
        .post()
        .formParam("version", Pages.version(company))
        .formParam("name", longName)
        .post("/organisation")
        .then()
        .statusCode(400)
        .body(containsString("value=\"" + longName + "\""));
  }

  @Test
  void aStaleSaveIsRefusedAndShowsBothVersions() {
    Form first = Pages.form("company");
    Form second = Pages.form("company");
    String loaded = Pages.version(first);
    assertEquals(loaded, Pages.version(second));
    String theirs = "Saved first " + UUID.randomUUID();
    String mine = "Typed second " + UUID.randomUUID();

    save(first, loaded, theirs).then().statusCode(303);
    String html =
        save(second, loaded, mine)
            .then()
            .statusCode(409)
            .body(containsString("Someone else changed this profile while you were editing it"))
            .body(containsString("<dd class=\"saved-text\">" + theirs + "</dd>"))
            .body(containsString(">" + mine + "</textarea>"))
            .extract()
            .asString();
    second.request().get("/organisation").then().body(containsString(theirs));

    String current = Pages.version(second);
    assertEquals(true, html.contains("name=\"version\" value=\"" + current + "\""));
    save(second, current, mine).then().statusCode(303);
    second.request().get("/organisation").then().body(containsString(mine));
  }

  @Test
  void aTamperedVersionIsAConflictNotAnError() {
    Form company = Pages.form("company");
    save(company, "not-a-number", "Anything").then().statusCode(409);
    save(company, null, "Anything").then().statusCode(409);
  }

  @Test
  void anotherOrganisationsMemberNeverSeesThisProfile() {
    String secret = "Northwind secret " + UUID.randomUUID();
    Form company = Pages.form("company");
    save(company, Pages.version(company), secret).then().statusCode(303);
    Pages.form("company2")
        .request()
        .get("/organisation")
        .then()
        .statusCode(200)
        .body(containsString("Kestrel Cocoa Trading"))
        .body(not(containsString(NORTHWIND)))
        .body(not(containsString(secret)));
  }

  @Test
  void aPostWithoutCsrfTokenIsRefusedAndSavesNothing() {
    Form company = Pages.form("company");
    String products = "No token " + UUID.randomUUID();
    company
        .request()
        .formParam("version", Pages.version(company))
        .formParam("name", NORTHWIND)
        .formParam("products", products)
        .post("/organisation")
        .then()
        .statusCode(400);
    company.request().get("/organisation").then().body(not(containsString(products)));
  }

  @ParameterizedTest
  @CsvSource({
    "auditor, /organisation, 403",
    "admin, /organisation, 403",
    "auditor, /organisation/new, 403",
    "admin, /organisation/new, 403",
    "anonymous, /organisation, 302",
    "anonymous, /organisation/new, 302",
  })
  void onlyCompanyUsersMayOpenTheOrganisationPages(String who, String path, int status) {
    int actual =
        SignIn.as("anonymous".equals(who) ? null : who).get(path).then().extract().statusCode();
    assertEquals(status, actual, who + " " + path);
  }

  @Test
  void otherRolesCannotChangeAnything() {
    Form auditor = Pages.form("auditor");
    auditor.post().formParam("name", "Audited").post("/organisation").then().statusCode(403);
    given()
        .redirects()
        .follow(false)
        .formParam("name", "Anonymous")
        .post("/organisation")
        .then()
        .statusCode(302);
  }

  private static io.restassured.response.Response save(Form user, String version, String products) {
    var request = user.post().formParam("name", NORTHWIND).formParam("products", products);
    if (version != null) {
      request.formParam("version", version);
    }
    return request.post("/organisation");
  }
}
