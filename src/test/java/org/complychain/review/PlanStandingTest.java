package org.complychain.review;

import static org.complychain.review.ReviewFixtures.comment;
import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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
 * What the company sees of review outside the review page: the dashboard says where each plan
 * stands, and a frozen plan's element pages show the answers read-only.
 */
@QuarkusTest
@DatabaseTest
class PlanStandingTest {

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void theDashboardShowsWaitingChangesRequestedWithCommentsAndApproved() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Standing plan");
    assertEquals("Being prepared", stage(company, "Standing plan"));

    submit(company, plan, "en").then().statusCode(303);
    assertEquals("Waiting for review", stage(company, "Standing plan"));

    String v1 = versionId(auditor, "Standing plan");
    comment(auditor, v1, "e1.q1", "Name the groups you met.").then().statusCode(303);
    comment(auditor, v1, "e3", "Add the date of adoption.").then().statusCode(303);
    decide(auditor, v1, "CHANGES_REQUESTED", "Two points.", lockVersion(auditor, v1))
        .then()
        .statusCode(303);
    assertEquals("Changes requested · comments: 2", stage(company, "Standing plan"));

    submit(company, plan, "en").then().statusCode(303);
    String v2 = versionId(auditor, "Standing plan");
    decide(auditor, v2, "APPROVED", "Fine.", lockVersion(auditor, v2)).then().statusCode(303);
    assertEquals("Approved", stage(company, "Standing plan"));
  }

  @Test
  void aFrozenPlanShowsItsAnswersReadOnlyWithoutBoxesOrSaveButtons() {
    Session company = SignIn.session("company3");
    String plan = completedPlan(company, "Frozen page plan");
    submit(company, plan, "en").then().statusCode(303);
    String html =
        company.req().get(plan + "/elements/e1").then().statusCode(200).extract().asString();
    assertTrue(html.contains("This plan is frozen for review"));
    assertTrue(html.contains("Outside this year&#39;s scope."), "the saved reason is shown");
    assertFalse(html.contains("<textarea"), "no editable boxes");
    assertFalse(html.contains("type=\"radio\""), "no status choices");
    assertFalse(html.contains("value=\"continue\""), "no save buttons");
    assertFalse(html.contains("/actions/new"), "no new actions");
  }

  private static String stage(Session company, String title) {
    String html = company.req().get("/dashboard").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile(
                ">"
                    + Pattern.quote(title)
                    + "</a></h3>.*?<span class=\"tag plan-stage[^\"]*\">([^<]+)<",
                Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), "card of " + title);
    return m.group(1).replace("&middot;", "·");
  }
}
