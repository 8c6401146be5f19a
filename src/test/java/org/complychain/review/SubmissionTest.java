package org.complychain.review;

import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.elementForm;
import static org.complychain.review.ReviewFixtures.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Check your plan" ends the company's journey: declaration, approver, submit, what next. */
@QuarkusTest
@DatabaseTest
class SubmissionTest {

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void theCheckPageAsksForDeclarationAndApproverAndRefusesToSubmitWithoutThem() {
    Session company = SignIn.session("company3");
    String plan = completedPlan(company, "Declared plan");
    company
        .req()
        .get(plan + "/check")
        .then()
        .statusCode(200)
        .body(containsString("action=\"" + plan + "/submit\""))
        .body(containsString("name=\"approverName\""))
        .body(containsString("name=\"approverPosition\""))
        .body(containsString("I confirm this plan is accurate"));

    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("lang", "en")
        .formParam("approverPosition", "Managing Director")
        .post(plan + "/submit")
        .then()
        .statusCode(400)
        .body(containsString("There is a problem"))
        .body(containsString("href=\"#approverName\""))
        .body(containsString("Enter the name of the person who approves the plan"))
        .body(containsString("Confirm that the plan is accurate before you submit it"))
        .body(containsString("value=\"Managing Director\""));
    company
        .req()
        .get(plan + "/review")
        .then()
        .body(containsString("No version has been submitted yet."));

    submit(company, plan, "en")
        .then()
        .statusCode(303)
        .header("Location", endsWith(plan + "/review?submitted=1"));
    company
        .req()
        .get(plan + "/review?submitted=1")
        .then()
        .body(containsString("Your plan has been submitted for review."))
        .body(containsString("What happens next"))
        .body(containsString("Version 1 was sent to your auditor"))
        .body(not(containsString("Start a new version")));
  }

  @Test
  void withoutAnAuditorSubmittingSaysSoAndWhomToAsk() {
    Session company = SignIn.session("company3");
    String plan = completedPlan(company, "Unreviewed plan");
    ReviewFixtures.withoutAuditor(em);
    company
        .req()
        .get(plan + "/check")
        .then()
        .body(containsString("No auditor is assigned to your organisation"))
        .body(containsString("Ask your administrator"))
        .body(not(containsString("action=\"" + plan + "/submit\"")));
    submit(company, plan, "en")
        .then()
        .statusCode(409)
        .body(containsString("No auditor is assigned to your organisation"));
    company
        .req()
        .get(plan + "/review")
        .then()
        .body(containsString("No version has been submitted yet."))
        .body(containsString("Ask your administrator"));
  }

  @Test
  void changeLinksOnTheCheckPageReturnThereAfterSaving() {
    Session company = SignIn.session("company3");
    String plan = completedPlan(company, "Round trip plan");
    String change = plan + "/elements/e2?return=check";
    company.req().get(plan + "/check").then().body(containsString("href=\"" + change + "#e2.q1\""));
    company
        .req()
        .get(change)
        .then()
        .body(containsString("action=\"" + plan + "/elements/e2?return=check\""))
        .body(containsString("name=\"return\" value=\"check\""));
    Map<String, String> form = elementForm(company, plan, "e2");
    form.put("return", "check");
    company
        .req()
        .formParams(form)
        .post(change)
        .then()
        .statusCode(303)
        .header("Location", endsWith(plan + "/check?saved=1#e2"));
    company
        .req()
        .formParams(elementForm(company, plan, "e2"))
        .post(plan + "/elements/e2")
        .then()
        .statusCode(303)
        .header("Location", endsWith(plan + "?saved=1"));
  }
}
