package org.complychain.review;

import static org.complychain.review.ReviewFixtures.comment;
import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.elementForm;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.reply;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The auditor's review as it fits a real one: element by element, one comment at a time. */
@QuarkusTest
@DatabaseTest
class AuditorJourneyTest {

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void theOverviewListsElementsWithCountsAndEachQuestionHasItsOwnCommentPage() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Navigated plan");
    submit(company, plan, "en").then().statusCode(303);
    String v = versionId(auditor, "Navigated plan");
    comment(auditor, v, "e1.q2", "Who chairs the grievance committee?")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/audit/versions/" + v + "/elements/e1?saved=1#e1.q2"));

    String overview =
        auditor.req().get("/audit/versions/" + v).then().statusCode(200).extract().asString();
    assertTrue(overview.contains("href=\"/audit/versions/" + v + "/elements/e8\""));
    assertTrue(
        Pattern.compile("elements/e1\">1\\. [^<]+</a></td>\\s*<td>1</td>\\s*<td>1</td>")
            .matcher(overview)
            .find(),
        "element 1 shows one comment, not yet resolved");
    assertTrue(!overview.contains("<textarea id=\"comment-"), "no comment boxes on the overview");
    assertTrue(overview.contains("Amira Haddad"), "the company's approver is shown");
    assertTrue(overview.contains("Organisation profile"));

    auditor
        .req()
        .get("/audit/versions/" + v + "/elements/e1")
        .then()
        .statusCode(200)
        .body(containsString("<span class=\"question-number\">1.2</span>"))
        .body(containsString("Who chairs the grievance committee?"))
        .body(containsString("href=\"/audit/versions/" + v + "/elements/e1/comment?target=e1.q2\""))
        .body(not(containsString("<textarea")));
    auditor
        .req()
        .get("/audit/versions/" + v + "/elements/e1/comment?target=e1.q3")
        .then()
        .statusCode(200)
        .body(containsString("Comment on question 1.3"))
        .body(containsString("<textarea id=\"body\""));
    comment(auditor, v, "e1.q3", "")
        .then()
        .statusCode(400)
        .body(containsString("Question 1.3: Write a comment before adding it"))
        .body(containsString("href=\"#body\""))
        .body(containsString("name=\"target\" value=\"e1.q3\""));
    auditor
        .req()
        .get("/audit/versions/" + v + "/elements/e1/comment?target=e9.q1")
        .then()
        .statusCode(404);
  }

  @Test
  void earlierCommentsStayOnLaterVersionsAndCanBeRepliedToAndResolved() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Threaded plan");
    submit(company, plan, "en").then().statusCode(303);
    String v1 = versionId(auditor, "Threaded plan");
    comment(auditor, v1, "e2.q1", "Add the date of the last risk assessment.")
        .then()
        .statusCode(303);
    decide(auditor, v1, "CHANGES_REQUESTED", "See element 2.", lockVersion(auditor, v1))
        .then()
        .statusCode(303);
    submit(company, plan, "en").then().statusCode(303);
    String v2 = versionId(auditor, "Threaded plan");

    String page = auditor.req().get("/audit/versions/" + v2 + "/elements/e2").asString();
    assertTrue(page.contains("Add the date of the last risk assessment."));
    assertTrue(page.contains("on version 1"));
    Matcher id = Pattern.compile("id=\"comment-([0-9a-f-]{36})\"").matcher(page);
    assertTrue(id.find(), "the earlier comment is on the later version's page");
    String commentId = id.group(1);

    auditor
        .req()
        .get("/audit/versions/" + v2 + "/elements/e2/comment?target=e2.q1&reply=" + commentId)
        .then()
        .statusCode(200)
        .body(containsString(">Send reply</button>"))
        .body(not(containsString(">Add comment</button>")));
    reply(auditor, v2, "e2.q1", commentId, "Thank you, the date is now given.")
        .then()
        .statusCode(303);
    auditor
        .req()
        .formParam("csrf-token", auditor.csrfToken())
        .post("/audit/versions/" + v2 + "/elements/e2/comments/" + commentId + "/resolve")
        .then()
        .statusCode(303);
    auditor
        .req()
        .get("/audit/versions/" + v2 + "/elements/e2")
        .then()
        .body(containsString("Thank you, the date is now given."))
        .body(containsString("on version 2"))
        .body(containsString("Resolved by auditor"));
    company
        .req()
        .get(plan + "/versions/2")
        .then()
        .body(containsString("Add the date of the last risk assessment."))
        .body(containsString("Resolved by auditor"));
    reply(auditor, v2, "e3.q1", commentId, "Wrong thread").then().statusCode(400);
  }

  @Test
  void theComparisonNumbersQuestionsMarksWordsAndSpeaksThePageLanguage() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Compared plan");
    Map<String, String> first = elementForm(company, plan, "e1");
    first.put("status.e1.q1", "IN_PLACE");
    first.put("text.e1.q1", "We met the union in March.");
    company.req().formParams(first).post(plan + "/elements/e1").then().statusCode(303);
    submit(company, plan, "en").then().statusCode(303);
    String v1 = versionId(auditor, "Compared plan");
    decide(auditor, v1, "CHANGES_REQUESTED", "More detail.", lockVersion(auditor, v1))
        .then()
        .statusCode(303);
    Map<String, String> second = elementForm(company, plan, "e1");
    second.put("text.e1.q1", "We met the garment union in March and May.");
    company.req().formParams(second).post(plan + "/elements/e1").then().statusCode(303);
    submit(company, plan, "en").then().statusCode(303);
    String v2 = versionId(auditor, "Compared plan");

    String en = auditor.req().get("/audit/versions/" + v2).asString();
    String changes = en.substring(en.indexOf("id=\"changes-title\""), en.indexOf("elements-title"));
    assertTrue(changes.contains("Answer changed: 1.1 "), changes);
    assertTrue(!changes.contains("e1.q1"), "no internal ids: " + changes);
    assertTrue(
        changes.contains("<ins><span class=\"visually-hidden\">inserted:</span>garment </ins>"),
        changes);
    assertTrue(
        changes.contains("<del><span class=\"visually-hidden\">deleted:</span>March."), changes);

    auditor.req().get("/language/fr?next=/").then().statusCode(303);
    String fr = auditor.req().get("/audit/versions/" + v2).asString();
    String frChanges =
        fr.substring(fr.indexOf("id=\"changes-title\""), fr.indexOf("elements-title"));
    assertTrue(frChanges.contains("Réponse modifiée : 1.1 "), frChanges);
    assertTrue(frChanges.contains("<dt>Réponse</dt>"), frChanges);
    assertTrue(!frChanges.contains("(text") && !frChanges.contains("status"), frChanges);
  }

  @Test
  void theAuditorReadsTheSubmittedDocumentAndConfirmsAnApproval() throws Exception {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Confirmed plan");
    submit(company, plan, "en").then().statusCode(303);
    String v = versionId(auditor, "Confirmed plan");

    Response pdf = auditor.req().get("/audit/versions/" + v + "/submitted.pdf");
    pdf.then().statusCode(200).contentType("application/pdf");
    try (var document = Loader.loadPDF(pdf.asByteArray())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("DRAFT"), "the submitted document is marked as not approved");
      assertTrue(text.contains("Confirmed plan"));
    }

    auditor
        .req()
        .formParam("csrf-token", auditor.csrfToken())
        .formParam("decision", "APPROVED")
        .formParam("note", "")
        .formParam("version", String.valueOf(lockVersion(auditor, v)))
        .post("/audit/versions/" + v + "/decision")
        .then()
        .statusCode(400)
        .body(containsString("Tick the box to confirm that you approve version 1"))
        .body(containsString("href=\"#confirm\""));
    company.req().get(plan + "/review").then().body(containsString("Version 1 was sent"));

    decide(auditor, v, "APPROVED", "", lockVersion(auditor, v)).then().statusCode(303);
    auditor.req().get("/audit/versions/" + v + "/submitted.pdf").then().statusCode(404);
    company
        .req()
        .get(plan + "/review")
        .then()
        .body(containsString("href=\"" + plan + "/versions/1/pdf\""))
        .body(containsString("Download the approved plan (version 1, PDF)"))
        .body(containsString("SHA-256 of the file:"))
        .body(containsString("Your auditor approved version 1"));
  }
}
