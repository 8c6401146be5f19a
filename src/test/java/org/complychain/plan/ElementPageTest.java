package org.complychain.plan;

import static org.complychain.plan.PlanFixtures.createPlan;
import static org.complychain.plan.PlanFixtures.elementForm;
import static org.complychain.plan.PlanFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/** The element page as a member fills it in: what each box is for, errors, warnings, actions. */
@QuarkusTest
@DatabaseTest
class ElementPageTest {

  @Test
  void eachAnswerBoxSaysWhenItIsMeantToBeFilledIn() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Element page A");
    company
        .req()
        .get(plan + "/elements/e1")
        .then()
        .statusCode(200)
        .body(containsString("Answer here unless the question does not apply to your company."))
        .body(containsString("Only when you chose Not applicable: say why"))
        .body(containsString("class=\"field when-applies"))
        .body(containsString("class=\"field when-not-applicable"))
        .body(containsString("<script src=\"/static/app.js\" defer></script>"));
  }

  @Test
  void theErrorSummaryNamesTheQuestionOfEachProblemAndTheTitleSaysError() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Element page B");
    Map<String, String> form = elementForm(company, plan, "e1");
    form.put("status.e1.q2", "IN_PLACE");
    form.put("status.e1.q3", "NOT_APPLICABLE");
    form.put("next", "later");
    post(company, plan + "/elements/e1", form)
        .then()
        .statusCode(400)
        .body(containsString("<title>Error: "))
        .body(containsString("href=\"#text-e1.q2\">Question 2: Describe what is in place</a>"))
        .body(containsString("href=\"#reason-e1.q3\">Question 3: "))
        .body(containsString("id=\"text-e1.q2-error\""))
        .body(containsString("aria-describedby=\"text-hint-e1.q2 text-e1.q2-error\""));
  }

  @Test
  void aTargetDateInThePastIsSavedWithAWarningUntilTheAnswerIsInPlace() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Element page C");
    Map<String, String> form = elementForm(company, plan, "e2");
    form.put("status.e2.q1", "IN_PROGRESS");
    form.put("text.e2.q1", "Mapping tier 1.");
    form.put("target.e2.q1", "2021-03-31");
    form.put("next", "later");
    post(company, plan + "/elements/e2", form).then().statusCode(303);
    company
        .req()
        .get(plan + "/elements/e2")
        .then()
        .body(containsString("This date has already passed: check that it is still right."));

    form = elementForm(company, plan, "e2");
    form.put("status.e2.q1", "IN_PLACE");
    form.put("next", "later");
    post(company, plan + "/elements/e2", form).then().statusCode(303);
    company
        .req()
        .get(plan + "/elements/e2")
        .then()
        .body(not(containsString("This date has already passed")));
  }

  @Test
  void saveAndOpenAnActionKeepsWhatWasTypedAndTheActionReturnsToTheQuestion() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Element page D");
    Map<String, String> form = elementForm(company, plan, "e4");
    form.put("status.e4.q2", "IN_PROGRESS");
    form.put("text.e4.q2", "Training for buyers planned for spring.");
    form.put("next", "action:e4.q2");
    post(company, plan + "/elements/e4", form)
        .then()
        .statusCode(303)
        .header("Location", endsWith(plan + "/actions/new?question=e4.q2"));
    company
        .req()
        .get(plan + "/elements/e4")
        .then()
        .body(containsString("Training for buyers planned for spring."));

    String actionForm =
        company.req().get(plan + "/actions/new?question=e4.q2").then().extract().asString();
    org.junit.jupiter.api.Assertions.assertTrue(
        actionForm.contains("Back to the question"), "the form leads back to the question");
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("question", "e4.q2")
        .formParam("description", "Train the buying team")
        .formParam("owner", "HR lead")
        .formParam("due", "2027-04-30")
        .formParam("verification", "Attendance lists")
        .formParam("status", "OPEN")
        .formParam("version", "0")
        .formParam("from", "question")
        .post(plan + "/actions")
        .then()
        .statusCode(303)
        .header("Location", endsWith(plan + "/elements/e4?action=saved#e4.q2"));
  }

  @Test
  void aButtonNamingAQuestionOfAnotherElementIsABadRequest() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Element page E");
    Map<String, String> form = elementForm(company, plan, "e4");
    form.put("next", "action:e1.q1");
    post(company, plan + "/elements/e4", form).then().statusCode(400);
  }

  @Test
  void theNewPlanFormReportsEveryProblemAtOnceInTheOneFormPattern() {
    Session company = SignIn.session("company");
    String html =
        company
            .req()
            .formParam("csrf-token", company.csrfToken())
            .formParam("title", "")
            .formParam("start", "2027-12-31")
            .formParam("end", "2027-01-01")
            .post("/plans")
            .then()
            .statusCode(400)
            .body(containsString("<title>Error: "))
            .body(containsString("href=\"#title\">Enter a name for the plan"))
            .body(containsString("href=\"#end\">The period must end on or after the day it starts"))
            .body(
                containsString("aria-describedby=\"title-hint title-error\" aria-invalid=\"true\""))
            .extract()
            .asString();
    org.junit.jupiter.api.Assertions.assertFalse(html.contains("yyyy-mm-dd"));
  }

  @Test
  void theTimeOfTheLastSaveIsShownInTheZoneTheBrowserReported() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Element page F");
    Map<String, String> form = elementForm(company, plan, "e5");
    form.put("status.e5.q1", "IN_PROGRESS");
    form.put("text.e5.q1", "Hotline being set up.");
    form.put("next", "later");
    post(company, plan + "/elements/e5", form).then().statusCode(303);
    company
        .req()
        .cookie("tz", "Asia/Kuala_Lumpur")
        .get(plan + "/elements/e5")
        .then()
        .body(containsString("Asia/Kuala_Lumpur"));
    company.req().get(plan + "/elements/e5").then().body(containsString(" UTC"));
  }
}
