package org.complychain.review;

import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Once approved, the plan's PDF is the document stored at approval: the live download goes there,
 * and the task list and download page offer it with its SHA-256 instead of laying out a new one.
 */
@QuarkusTest
@DatabaseTest
class ApprovedPlanDownloadTest {

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void approvedPlanLinksItsStoredDocumentUntilANewVersionIsStarted() throws Exception {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Approved download plan");
    company
        .req()
        .get(plan)
        .then()
        .statusCode(200)
        .body(containsString("href=\"" + plan + "/download\""))
        .body(not(containsString("/versions/1/pdf")));

    submit(company, plan, "es").then().statusCode(303);
    String v1 = versionId(auditor, "Approved download plan");
    decide(auditor, v1, "APPROVED", "Approved.", lockVersion(auditor, v1)).then().statusCode(303);

    for (String live : new String[] {plan + "/pdf", plan + "/pdf?lang=en"}) {
      company
          .req()
          .get(live)
          .then()
          .statusCode(303)
          .header("Location", endsWith(plan + "/versions/1/pdf"));
    }
    company.req().get(plan + "/pdf?lang=xx").then().statusCode(400);

    Response stored = company.req().get(plan + "/versions/1/pdf");
    stored.then().statusCode(200).contentType("application/pdf");
    byte[] bytes = stored.asByteArray();
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(stored.header("X-Content-SHA256"), hash, "the bytes match the stored hash");
    try (var document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Aprobado"), "the stored document is the approved one, in Spanish");
    }

    company
        .req()
        .get(plan)
        .then()
        .statusCode(200)
        .body(containsString("href=\"" + plan + "/versions/1/pdf\""))
        .body(containsString("Download the approved plan (version 1, PDF)"))
        .body(containsString(hash))
        .body(not(containsString("href=\"" + plan + "/download\"")));
    company
        .req()
        .get(plan + "/download")
        .then()
        .statusCode(200)
        .body(containsString("href=\"" + plan + "/versions/1/pdf\""))
        .body(containsString(hash))
        .body(not(containsString("action=\"" + plan + "/pdf\"")));

    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .post(plan + "/new-version")
        .then()
        .statusCode(303);
    Response draft = company.req().get(plan + "/pdf?lang=en");
    draft.then().statusCode(200).contentType("application/pdf");
    try (var document = Loader.loadPDF(draft.asByteArray())) {
      assertTrue(
          new PDFTextStripper().getText(document).contains("DRAFT"),
          "while a new version is being prepared, the live PDF is a draft");
    }
    company
        .req()
        .get(plan)
        .then()
        .body(containsString("href=\"" + plan + "/download\""))
        .body(not(containsString("/versions/1/pdf")));
    company
        .req()
        .get(plan + "/download")
        .then()
        .body(containsString("action=\"" + plan + "/pdf\""));
  }
}
