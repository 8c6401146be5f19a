package org.complychain.review;

import static org.complychain.review.ReviewFixtures.comment;
import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.elementForm;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole review cycle, as a company member and an auditor would walk it. */
@QuarkusTest
@DatabaseTest
class ReviewCycleTest {

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void submitCommentRequestChangesReviseResubmitApproveAndStartAgain() throws Exception {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Cycle plan");

    submit(company, plan, "fr").then().statusCode(303);
    company.req().get(plan + "/review").then().body(containsString("Submitted for review"));
    Map<String, String> frozen = elementForm(company, plan, "e1");
    frozen.put("text.e1.q1", "Change while frozen");
    company.req().formParams(frozen).post(plan + "/elements/e1").then().statusCode(409);

    String v1 = versionId(auditor, "Cycle plan");
    auditor
        .req()
        .get("/audit/versions/" + v1)
        .then()
        .statusCode(200)
        .body(containsString("This is the first version sent for review"));
    auditor
        .req()
        .get("/audit/versions/" + v1 + "/elements/e1")
        .then()
        .statusCode(200)
        .body(containsString("Outside this year&#39;s scope."));
    comment(auditor, v1, "e1.q1", "Name the worker organisations you contacted.")
        .then()
        .statusCode(303);
    comment(auditor, v1, "e2", "The risk assessment needs dates.").then().statusCode(303);
    decide(
            auditor,
            v1,
            "CHANGES_REQUESTED",
            "Please complete element 1 properly.",
            lockVersion(auditor, v1))
        .then()
        .statusCode(303);

    company
        .req()
        .get(plan + "/review")
        .then()
        .body(containsString("Changes requested"))
        .body(containsString("Please complete element 1 properly."));
    company
        .req()
        .get(plan + "/elements/e1")
        .then()
        .body(containsString("Name the worker organisations you contacted."));
    company
        .req()
        .get(plan + "/elements/e2")
        .then()
        .body(containsString("The risk assessment needs dates."));

    Map<String, String> revised = elementForm(company, plan, "e1");
    revised.put("status.e1.q1", "IN_PLACE");
    revised.put("text.e1.q1", "We met the garment workers' union on 3 March.");
    company.req().formParams(revised).post(plan + "/elements/e1").then().statusCode(303);
    submit(company, plan, "fr").then().statusCode(303);

    String v2 = versionId(auditor, "Cycle plan");
    assertTrue(!v2.equals(v1));
    auditor
        .req()
        .get("/audit/versions/" + v2)
        .then()
        .body(containsString("What changed since version 1"))
        .body(containsString("Answer changed: 1.1 "));
    auditor
        .req()
        .get("/audit/versions/" + v2 + "/elements/e1")
        .then()
        .body(containsString("We met the garment workers&#39; union on 3 March."))
        .body(containsString("Name the worker organisations you contacted."))
        .body(containsString("on version 1"));
    changeProductsBehindTheReview("Products changed while the auditor was reading");
    decide(auditor, v2, "APPROVED", "Approved for 2027.", lockVersion(auditor, v2))
        .then()
        .statusCode(303);

    comment(auditor, v2, "e2", "A comment after approval").then().statusCode(409);

    Response pdf = company.req().get(plan + "/versions/2/pdf");
    pdf.then().statusCode(200).contentType("application/pdf");
    byte[] bytes = pdf.asByteArray();
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(pdf.header("X-Content-SHA256"), hash);
    byte[] again = auditor.req().get("/audit/versions/" + v2 + "/pdf").asByteArray();
    assertTrue(java.util.Arrays.equals(bytes, again), "the stored document is served as stored");
    try (var document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(
          text.contains("Amira Haddad") && text.contains("Managing Director"),
          "the company's approver signs the plan");
      assertTrue(text.contains("Examiné par (auditeur)"), "the auditor is named as reviewer");
      assertTrue(!text.contains("BROUILLON") && !text.contains("DRAFT"), "no draft watermark");
      assertTrue(
          !text.contains("Products changed while the auditor was reading"),
          "the approved document shows the reviewed content, not later changes");
    }

    Map<String, String> afterApproval = elementForm(company, plan, "e3");
    afterApproval.put("text.e3.q1", "Change after approval");
    company.req().formParams(afterApproval).post(plan + "/elements/e3").then().statusCode(409);
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .post(plan + "/new-version")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith(plan + "/review?reopened=1"));
    company
        .req()
        .get(plan + "/review?reopened=1")
        .then()
        .body(containsString("A new version is open."))
        .body(not(containsString("Your answers have been saved.")));
    Map<String, String> next = elementForm(company, plan, "e3");
    next.put("status.e3.q1", "IN_PROGRESS");
    next.put("text.e3.q1", "Work for the next version.");
    company.req().formParams(next).post(plan + "/elements/e3").then().statusCode(303);
    company
        .req()
        .get(plan + "/versions/2/pdf")
        .then()
        .statusCode(200)
        .header("X-Content-SHA256", hash);

    company
        .req()
        .get(plan + "/history")
        .then()
        .body(containsString("Submitted for review"))
        .body(containsString("Reviewer comment"))
        .body(containsString("Review decision"))
        .body(containsString("Approved document downloaded"))
        .body(containsString("New version started"));
  }

  private void changeProductsBehindTheReview(String products) {
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("update organisation set products = ?1 where id = ?2")
                    .setParameter(1, products)
                    .setParameter(2, ReviewFixtures.LARKSPUR)
                    .executeUpdate());
  }

  @Test
  void anIncompletePlanCannotBeSubmittedAndThePageSaysWhatIsMissing() {
    Session company = SignIn.session("company3");
    String plan = completedPlan(company, "Almost plan");
    Map<String, String> form = elementForm(company, plan, "e4");
    form.replaceAll((k, v) -> k.startsWith("status.") ? "NOT_STARTED" : v);
    company.req().formParams(form).post(plan + "/elements/e4").then().statusCode(303);
    company
        .req()
        .get(plan + "/review")
        .then()
        .body(containsString("Complete these elements before you submit"))
        .body(containsString("href=\"" + plan + "/elements/e4\""));
    submit(company, plan, "en").then().statusCode(409);
  }

  @Test
  void twoDecisionsOnOneVersionExactlyOneWins() {
    Session company = SignIn.session("company3");
    Session first = SignIn.session("auditor");
    Session second = SignIn.session("auditor");
    String plan = completedPlan(company, "Race plan");
    submit(company, plan, "en").then().statusCode(303);
    String version = versionId(first, "Race plan");
    int lock = lockVersion(first, version);
    int sameLock = lockVersion(second, version);
    decide(first, version, "CHANGES_REQUESTED", "First decision.", lock).then().statusCode(303);
    decide(second, version, "APPROVED", "", sameLock)
        .then()
        .statusCode(409)
        .body(containsString("already recorded"))
        .body(not(containsString("id=\"decision\"")));
    company
        .req()
        .get(plan + "/review")
        .then()
        .body(containsString("First decision."))
        .body(not(containsString(">Approved<")));
  }

  @Test
  void tamperedOrReplayedDecisionsAreRefused() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Replay plan");
    submit(company, plan, "en").then().statusCode(303);
    String version = versionId(auditor, "Replay plan");
    decide(auditor, version, "APPROVED", "", 99).then().statusCode(409);
    decide(auditor, version, "MAYBE", "", lockVersion(auditor, version))
        .then()
        .statusCode(400)
        .body(containsString("Choose whether to approve"));
    decide(auditor, version, "CHANGES_REQUESTED", "", lockVersion(auditor, version))
        .then()
        .statusCode(400)
        .body(containsString("Explain in the note"));
    auditor
        .req()
        .formParam("decision", "APPROVED")
        .formParam("version", "0")
        .post("/audit/versions/" + version + "/decision")
        .then()
        .statusCode(400);
    comment(auditor, version, "e9.q9", "Unknown target").then().statusCode(400);
    comment(auditor, version, "e1.q1", "").then().statusCode(400);
    comment(auditor, version, "e1.q1", "x".repeat(10_001)).then().statusCode(400);
    company.req().get(plan + "/review").then().body(containsString("Submitted for review"));
  }
}
