package org.complychain.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/** An administrator imports a newer edition: checked, previewed, then switched at once. */
@QuarkusTest
@DatabaseTest
class EditionImportTest {

  @Inject Editions editions;

  @Test
  void theShippedEditionIsActiveFromTheFirstStart() {
    ReferenceData active = editions.active().orElseThrow();
    assertEquals(2023, active.listYear());
    assertEquals(467, active.data().listings().size());
    assertTrue(active.listing("rubber_gloves", "MY").orElseThrow().forcedLabour());
    assertEquals(Advancement.MODERATE, active.finding("GH").orElseThrow().advancement());
  }

  @Test
  void aModifiedEditionIsPreviewedAndThenActivated() throws Exception {
    UUID before = editions.active().orElseThrow().editionId();
    String goods =
        IlabFiles.goodsText()
            // changed: açaí from Brazil now also forced labour
            .replaceFirst(
                "<Child_Labor>Yes</Child_Labor>\\s*<Forced_Labor>No</Forced_Labor>",
                "<Child_Labor>Yes</Child_Labor><Forced_Labor>Yes</Forced_Labor>")
            // removed: alcoholic beverages from Cambodia; added: the same from Laos... as Vietnam
            .replaceFirst(
                "<Country_Name>Cambodia</Country_Name>", "<Country_Name>Vietnam</Country_Name>");
    Session admin = SignIn.session("admin");
    String location =
        upload(admin, goods, IlabFiles.findingsText(), "2025", "2024")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertEquals(before, editions.active().orElseThrow().editionId(), "nothing switched yet");

    admin
        .req()
        .get(location)
        .then()
        .statusCode(200)
        .body(containsString("Added pairs: 1"))
        .body(containsString("Removed pairs: 1"))
        .body(containsString("Changed pairs: 1"))
        .body(containsString("Cambodia"))
        .body(containsString("Açaí Berries"));

    admin
        .req()
        .formParam("csrf-token", admin.csrfToken())
        .post(location + "/activate")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/risk/editions?done=activated"));
    ReferenceData now = editions.active().orElseThrow();
    assertEquals(2025, now.listYear());
    assertTrue(now.listing("acai_berries", "BR").orElseThrow().forcedLabour());
    assertFalse(now.listing("alcoholic_beverages", "KH").isPresent());
    assertEquals(2023, editions.facts(before).listYear(), "the old edition is kept");

    // put the published edition back for the other tests
    String back =
        upload(admin, IlabFiles.goodsText(), IlabFiles.findingsText(), "2023", "2022")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    admin
        .req()
        .formParam("csrf-token", admin.csrfToken())
        .post(back + "/activate")
        .then()
        .statusCode(303);
    assertEquals(2023, editions.active().orElseThrow().listYear());
  }

  @Test
  void aBrokenFileIsRefusedWithItsLineAndNothingChanges() throws Exception {
    UUID before = editions.active().orElseThrow().editionId();
    String goods =
        IlabFiles.goodsText().replaceFirst("<Country_Name>Brazil<", "<Country_Name>Atlantis<");
    Session admin = SignIn.session("admin");
    upload(admin, goods, IlabFiles.findingsText(), "2025", "2024")
        .then()
        .statusCode(400)
        .body(containsString("list-of-goods.xml, line 7, element Country_Name:"))
        .body(containsString("“Atlantis” is not a country or territory"));
    upload(admin, IlabFiles.findingsText(), IlabFiles.goodsText(), "2025", "1900")
        .then()
        .statusCode(400)
        .body(containsString("Enter a year between"));
    assertEquals(before, editions.active().orElseThrow().editionId());
  }

  @Test
  void onlyAdministratorsImportEditions() {
    SignIn.as("company").get("/admin/risk/editions").then().statusCode(403);
    SignIn.as("auditor").get("/admin/risk/editions").then().statusCode(403);
    SignIn.as("admin").get("/admin/risk/editions").then().statusCode(200);
    SignIn.as("admin").get("/admin/risk/editions/" + UUID.randomUUID()).then().statusCode(404);
    SignIn.as("admin").get("/admin/risk/editions/nonsense").then().statusCode(404);
  }

  private static io.restassured.response.Response upload(
      Session session, String goods, String findings, String listYear, String findingsYear) {
    return session
        .req()
        .multiPart("csrf-token", session.csrfToken())
        .multiPart("listYear", listYear)
        .multiPart("findingsYear", findingsYear)
        .multiPart(
            "goods", "list-of-goods.xml", goods.getBytes(StandardCharsets.UTF_8), "application/xml")
        .multiPart(
            "findings",
            "country-findings.xml",
            findings.getBytes(StandardCharsets.UTF_8),
            "application/xml")
        .post("/admin/risk/editions");
  }
}
