package org.complychain.review;

import static org.complychain.review.ReviewFixtures.LARKSPUR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complychain.plan.Plan;
import org.complychain.risk.RiskLevel;
import org.complychain.risk.ScreenedSuppliers;
import org.complychain.risk.ScreeningSnapshot;
import org.complychain.risk.Supplier;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submitted version keeps the supplier screening the company saw: in its snapshot, on the
 * auditor's pages and in its document, whatever the register says afterwards.
 */
@QuarkusTest
@DatabaseTest
class FrozenScreeningTest {

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private final String gloves = "Frozen gloves " + tag;
  private final String audited = "Frozen audited " + tag;
  private final String later = "Frozen later " + tag;

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
    removeSuppliers();
  }

  @AfterEach
  void removeSuppliers() {
    QuarkusTransaction.requiringNew().run(() -> Supplier.delete("organisation.id = ?1", LARKSPUR));
  }

  @Test
  void theAuditorSeesTheScreeningAsItWasAtSubmission() throws IOException {
    Session company = SignIn.session("company3");
    String glovesId = add(company, gloves, "MY", "rubber_gloves");
    String auditedId = add(company, audited, "MY", "rubber_gloves");
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("level", "MEDIUM")
        .formParam("reason", "Audited in May; recruitment fees repaid to every worker.")
        .post("/risk/suppliers/" + auditedId + "/override")
        .then()
        .statusCode(303);
    String plan = ReviewFixtures.completedPlan(company, "Frozen screening plan " + tag);
    ReviewFixtures.submit(company, plan, "en").then().statusCode(303);
    UUID planId = UUID.fromString(plan.substring(plan.lastIndexOf('/') + 1));
    PlanVersion stored = version(planId);

    ScreenedSuppliers frozen = ScreeningSnapshot.read(Snapshot.parse(stored.snapshot).screening());
    assertEquals(2, frozen.total());
    assertEquals(1, frozen.count(RiskLevel.CRITICAL));
    assertEquals(1, frozen.count(RiskLevel.MEDIUM));
    ScreenedSuppliers.Supplier first = frozen.suppliers().get(0);
    assertEquals(gloves, first.name());
    assertEquals(RiskLevel.CRITICAL, first.level());
    assertEquals("MY", first.country());
    assertEquals(List.of("rubber_gloves"), first.goods());
    assertEquals(2023, first.listYear());
    assertTrue(first.reasons("en").contains("Migrant workers are employed."));
    ScreenedSuppliers.Supplier second = frozen.suppliers().get(1);
    assertEquals(RiskLevel.MEDIUM, second.override());
    assertEquals(RiskLevel.CRITICAL, second.screenedLevel());
    assertEquals(
        "Audited in May; recruitment fees repaid to every worker.", second.overrideReason());
    assertEquals(2023, frozen.edition().listYear());

    // The register moves on: the critical supplier is set to low, another one is added.
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("level", "LOW")
        .formParam("reason", "Changed after submission.")
        .post("/risk/suppliers/" + glovesId + "/override")
        .then()
        .statusCode(303);
    add(company, later, "MY", "rubber_gloves");

    PlanVersion after = version(planId);
    assertEquals(stored.snapshot, after.snapshot, "the frozen snapshot did not change");
    assertEquals(Snapshot.sha256(after.snapshot), after.sha256, "and still matches its hash");

    Session auditor = SignIn.session("auditor");
    String page = "/audit/versions/" + stored.id;
    auditor
        .req()
        .get(page)
        .then()
        .statusCode(200)
        .body(containsString("Supplier screening at submission"))
        .body(containsString("Suppliers screened: 2"))
        .body(containsString(gloves))
        .body(containsString("<span class=\"risk risk-CRITICAL\">Critical</span>"))
        .body(
            containsString(
                "the screening gave Critical. Reason: Audited in May; recruitment fees repaid"))
        .body(not(containsString(later)))
        .body(not(containsString("Changed after submission.")));
    auditor
        .req()
        .get(page + "/screening")
        .then()
        .statusCode(200)
        .body(containsString(gloves))
        .body(containsString(audited))
        .body(containsString("ILAB lists Rubber Gloves from Malaysia: forced labour."))
        .body(not(containsString(later)));
    // Another auditor's organisation, or none: the list is not found.
    SignIn.session("auditor2").req().get(page + "/screening").then().statusCode(404);

    Response pdf = auditor.req().get(page + "/submitted.pdf");
    pdf.then().statusCode(200);
    String text = text(pdf.asByteArray());
    assertTrue(text.contains("Supplier risk screening"), text);
    assertTrue(text.contains(gloves));
    assertTrue(text.contains("Critical"));
    assertFalse(text.contains(later), "the document shows the frozen register");
  }

  @Test
  void aSnapshotFromBeforeScreeningStillLoads() {
    String old =
        "{\"actions\":{},\"answers\":{\"e1.q1\":{\"naReason\":null,\"owner\":\"Ana\","
            + "\"status\":\"IN_PLACE\",\"targetDate\":null,\"text\":\"We have a policy.\"}},"
            + "\"evidence\":[],\"organisation\":{\"country\":\"GB\",\"name\":\"Old Co\","
            + "\"products\":null,\"profileComplete\":true,\"sector\":null,\"sizeBand\":null,"
            + "\"sourcing\":[]},\"plan\":{\"contentVersion\":\"1\",\"periodEnd\":\"2026-12-31\","
            + "\"periodStart\":\"2026-01-01\",\"title\":\"Old plan\"}}";
    Snapshot snapshot = Snapshot.parse(old);
    assertNull(snapshot.screening());
    var content = snapshot.content(new Plan());
    assertNull(content.screening(), "no screening: the document has no risk section");
    assertEquals("Old Co", content.organisation().name());
    assertEquals(1, content.answers().size());
  }

  private PlanVersion version(UUID planId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              PlanVersion v =
                  PlanVersion.find("plan.id = ?1 order by number desc", planId).firstResult();
              v.snapshot.length();
              em.detach(v);
              return v;
            });
  }

  private static String add(Session company, String name, String country, String good) {
    Response created =
        company
            .req()
            .formParam("csrf-token", company.csrfToken())
            .formParam("name", name)
            .formParam("country", country)
            .formParam("tier", "2")
            .formParam("goods", good)
            .formParam("migrantWorkers", "yes")
            .formParam("labourAgents", "yes")
            .post("/risk/suppliers");
    created.then().statusCode(303);
    return created
        .header("Location")
        .replaceAll("^.*/risk/suppliers/", "")
        .replaceAll("\\?.*$", "");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
