package org.complychain.review;

import static org.complychain.review.ReviewFixtures.comment;
import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The company answers the auditor's comments: from its element page and its version page, while the
 * newest version is open, with its side, name and time shown; only the auditor resolves.
 */
@QuarkusTest
@DatabaseTest
class CompanyReplyTest {

  private static final Pattern REPLY_LINK =
      Pattern.compile("/versions/(\\d+)/reply\\?comment=([0-9a-f-]{36})");

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void theCompanyRepliesOnTheNewestVersionAndOnlyTheAuditorResolves() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Reply plan");
    submit(company, plan, "en").then().statusCode(303);
    String v1 = versionId(auditor, "Reply plan");
    comment(auditor, v1, "e1.q1", "Name the hotline you use.").then().statusCode(303);
    decide(auditor, v1, "CHANGES_REQUESTED", "Please say more.", lockVersion(auditor, v1))
        .then()
        .statusCode(303);

    String element = company.req().get(plan + "/elements/e1").then().extract().asString();
    assertTrue(element.contains("Name the hotline you use."), "thread on the element page");
    assertTrue(element.contains("on version 1"), "version the comment was made on");
    Matcher link = REPLY_LINK.matcher(element);
    assertTrue(link.find(), "reply link on the element page");
    assertEquals("1", link.group(1));
    String commentId = link.group(2);
    String form = plan + "/versions/1/reply?comment=" + commentId + "&from=element";
    company.req().get(form).then().statusCode(200).body(containsString("Send reply"));
    SignIn.as("company").get(form).then().statusCode(404);
    company.req().get(plan + "/versions/1/reply?comment=nonsense").then().statusCode(404);

    reply(company, plan, 1, commentId, "")
        .then()
        .statusCode(400)
        .body(containsString("Write a reply"));
    reply(company, plan, 1, commentId, "x".repeat(ReviewComment.BODY_MAX + 1))
        .then()
        .statusCode(400)
        .body(containsString("Shorten the text"));
    Session other = SignIn.session("company");
    reply(other, plan, 1, commentId, "Not ours").then().statusCode(404);
    company
        .req()
        .formParam("comment", commentId)
        .formParam("from", "element")
        .formParam("body", "Without a token")
        .post(plan + "/versions/1/replies")
        .then()
        .statusCode(not(303));
    assertEquals(1L, replies(), "refused replies save nothing");

    reply(company, plan, 1, commentId, "We use the line run by the union.")
        .then()
        .statusCode(303)
        .header("Location", containsString(plan + "/elements/e1#e1.q1"));
    assertEquals(2L, replies());
    company
        .req()
        .get(plan + "/elements/e1")
        .then()
        .body(containsString("We use the line run by the union."))
        .body(containsString(">Company</span> company3"));

    submit(company, plan, "en").then().statusCode(303);
    String v2 = versionId(auditor, "Reply plan");
    String page = company.req().get(plan + "/versions/2").then().extract().asString();
    assertTrue(page.contains("We use the line run by the union."), "reply carried to version 2");
    assertTrue(page.contains("/versions/2/reply?comment=" + commentId), "answerable on version 2");
    company.req().get(plan + "/versions/1").then().body(not(containsString("/reply?comment=")));
    company.req().get(plan + "/versions/1/reply?comment=" + commentId).then().statusCode(404);
    reply(company, plan, 1, commentId, "On the old version").then().statusCode(409);
    auditor
        .req()
        .get("/audit/versions/" + v2 + "/elements/e1")
        .then()
        .body(containsString("We use the line run by the union."))
        .body(containsString(">Company</span>"));
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .post("/audit/versions/" + v2 + "/elements/e1/comments/" + commentId + "/resolve")
        .then()
        .statusCode(403);

    decide(auditor, v2, "APPROVED", "", lockVersion(auditor, v2)).then().statusCode(303);
    company.req().get(plan + "/versions/2/reply?comment=" + commentId).then().statusCode(404);
    reply(company, plan, 2, commentId, "After approval").then().statusCode(409);
    assertEquals(2L, replies());
  }

  @Test
  void timesOnReviewAndHistoryPagesAreInTheReadersZone() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Zone plan");
    submit(company, plan, "en").then().statusCode(303);
    String v1 = versionId(auditor, "Zone plan");
    comment(auditor, v1, "e1.q1", "A zoned comment.").then().statusCode(303);

    for (String path :
        new String[] {plan + "/history", plan + "/versions/1", plan + "/elements/e1"}) {
      company
          .req()
          .cookie("tz", "Asia/Kuala_Lumpur")
          .get(path)
          .then()
          .statusCode(200)
          .body(containsString("Asia/Kuala_Lumpur"));
    }
    auditor
        .req()
        .cookie("tz", "Asia/Kuala_Lumpur")
        .get("/audit/versions/" + v1 + "/elements/e1")
        .then()
        .body(containsString("Asia/Kuala_Lumpur"));
    company.req().get(plan + "/history").then().body(containsString(" UTC"));
  }

  private static Response reply(
      Session company, String plan, int version, String commentId, String body) {
    return company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("comment", commentId)
        .formParam("from", "element")
        .formParam("body", body)
        .post(plan + "/versions/" + version + "/replies");
  }

  private long replies() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Long)
                    em.createQuery(
                            "select count(c) from ReviewComment c"
                                + " where c.planVersion.plan.title = 'Reply plan'")
                        .getSingleResult());
  }
}
