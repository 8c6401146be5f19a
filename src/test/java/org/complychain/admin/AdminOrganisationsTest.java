package org.complychain.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The administrator creates organisations and sees them listed with their counts. */
@QuarkusTest
@DatabaseTest
class AdminOrganisationsTest {

  private final TestOrganisations organisations = new TestOrganisations();

  @AfterEach
  void cleanUp() {
    organisations.removeAll();
  }

  @Test
  void anAdminCreatesAnOrganisationAndLandsOnItsPage() {
    AdminForms admin = AdminForms.signIn("admin");
    String name = TestOrganisations.uniqueName("Harbour Textiles");
    String location =
        admin
            .create("  " + name + " ")
            .then()
            .statusCode(303)
            .header(
                "Location", matchesPattern(".*/admin/organisations/[0-9a-f-]{36}\\?done=created"))
            .extract()
            .header("Location");
    organisations.track(location.replaceAll(".*/organisations/([0-9a-f-]{36}).*", "$1"));

    admin
        .request()
        .get(location)
        .then()
        .statusCode(200)
        .body(containsString("Organisation created. Add its members and assign an auditor."))
        .body(containsString("<h1>" + name + "</h1>"))
        .body(containsString("This organisation has no members yet."))
        .body(containsString("No auditor is assigned to this organisation yet."));
    assertEquals(1, TestOrganisations.countNamed(name), "the typed name is stored trimmed");
  }

  @Test
  void theListShowsEveryOrganisationWithItsMembersAndAuditors() {
    AdminForms admin = AdminForms.signIn("admin");
    TestOrganisations.Fixture fixture = organisations.fixture();
    admin
        .request()
        .get("/admin")
        .then()
        .statusCode(200)
        .body(containsString(">Northwind Apparel Ltd</a>"))
        .body(containsString(">Kestrel Cocoa Trading</a>"))
        .body(
            containsString(
                "<td><a href=\"/admin/organisations/"
                    + fixture.id()
                    + "\">"
                    + fixture.name()
                    + "</a></td>\n    <td class=\"count\">1</td>\n    <td class=\"count\">1</td>"));
  }

  @Test
  void anOrganisationNeedsALegalNameOfAtMost200Characters() {
    AdminForms admin = AdminForms.signIn("admin");
    admin
        .create("   ")
        .then()
        .statusCode(400)
        .body(containsString("<title>Error: Administration – Comply Chain</title>"))
        .body(containsString("<a href=\"#name\">Enter the legal name of the organisation</a>"))
        .body(containsString("aria-invalid=\"true\""));
    String tooLong = "n".repeat(201);
    admin
        .create(tooLong)
        .then()
        .statusCode(400)
        .body(containsString("The legal name must be 200 characters or fewer"))
        .body(containsString("value=\"" + tooLong + "\""));
    assertEquals(0, TestOrganisations.countNamed(tooLong));

    // 200 characters outside the Basic Multilingual Plane are 400 UTF-16 units, and still fit.
    String longest = "\uD83C\uDF3F".repeat(199) + "x";
    organisations.track(admin.createOrganisation(longest));
    assertEquals(1, TestOrganisations.countNamed(longest));
  }

  @Test
  void controlCharactersInANameNeverReachTheDatabase() {
    AdminForms admin = AdminForms.signIn("admin");
    String name = TestOrganisations.uniqueName("Tab");
    admin.create(name.replace(" ", "\u0000")).then().statusCode(400);
    assertEquals(0, TestOrganisations.countNamed(name.replace(" ", "")));
    organisations.track(admin.createOrganisation(name.replace(" ", "\t\u200b")));
    assertEquals(1, TestOrganisations.countNamed(name));
  }

  @Test
  void theFormIsShownInTheVisitorsLanguage() {
    AdminForms admin = AdminForms.signIn("admin");
    admin
        .post()
        .header("Accept-Language", "ms")
        .formParam("name", "")
        .post("/admin/organisations")
        .then()
        .statusCode(400)
        .body(containsString("Terdapat masalah"))
        .body(containsString("Masukkan nama berdaftar organisasi"))
        .body(not(containsString("Enter the legal name")));
  }

  @Test
  void unknownOrganisationsAreNotFound() {
    AdminForms admin = AdminForms.signIn("admin");
    admin.request().get("/admin/organisations/not-a-uuid").then().statusCode(404);
    admin
        .request()
        .get("/admin/organisations/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
    admin.addMember("00000000-0000-0000-0000-000000000000", "someone").then().statusCode(404);
    admin.assignAuditor("%27%3B--", "someone").then().statusCode(404);
  }
}
