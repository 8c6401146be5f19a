package org.complychain.plan;

import static org.complychain.plan.PlanFixtures.createPlan;
import static org.complychain.plan.PlanFixtures.elementForm;
import static org.complychain.plan.PlanFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conflicts, isolation between organisations, and bad input: nothing lost, nothing half-saved. */
@QuarkusTest
@DatabaseTest
class PlanSafetyTest {

  @Test
  void secondSaveOfSameAnswerIsRejectedWithBothTexts() {
    Session first = SignIn.session("company");
    Session second = SignIn.session("company");
    String plan = createPlan(first, "Conflict plan");
    Map<String, String> formOfFirst = elementForm(first, plan, "e6");
    Map<String, String> formOfSecond = elementForm(second, plan, "e6");

    formOfFirst.put("status.e6.q1", "IN_PROGRESS");
    formOfFirst.put("text.e6.q1", "Text written by the first person.");
    post(first, plan + "/elements/e6", formOfFirst).then().statusCode(303);

    formOfSecond.put("status.e6.q1", "IN_PLACE");
    formOfSecond.put("text.e6.q1", "Text written by the second person.");
    post(second, plan + "/elements/e6", formOfSecond)
        .then()
        .statusCode(409)
        .body(containsString("Someone else changed this answer while you were editing"))
        .body(containsString("Text written by the first person."))
        .body(containsString("Text written by the second person."));

    first
        .req()
        .get(plan + "/elements/e6")
        .then()
        .body(containsString("Text written by the first person."))
        .body(not(containsString("Text written by the second person.")));

    Map<String, String> retry = elementForm(second, plan, "e6");
    retry.put("status.e6.q1", "IN_PLACE");
    retry.put("text.e6.q1", "Merged text of both people.");
    post(second, plan + "/elements/e6", retry).then().statusCode(303);
  }

  @Test
  void anUntouchedAnswerOnAStalePageDoesNotConflict() {
    Session first = SignIn.session("company");
    Session second = SignIn.session("company");
    String plan = createPlan(first, "No conflict plan");
    Map<String, String> formOfFirst = elementForm(first, plan, "e7");
    Map<String, String> formOfSecond = elementForm(second, plan, "e7");
    formOfFirst.put("status.e7.q1", "IN_PROGRESS");
    formOfFirst.put("text.e7.q1", "Answer one.");
    post(first, plan + "/elements/e7", formOfFirst).then().statusCode(303);
    formOfSecond.put("status.e7.q1", "IN_PROGRESS");
    formOfSecond.put("text.e7.q1", "Answer one.");
    formOfSecond.put("status.e7.q2", "IN_PROGRESS");
    formOfSecond.put("text.e7.q2", "Answer two.");
    post(second, plan + "/elements/e7", formOfSecond).then().statusCode(303);
  }

  @Test
  void savingOneAnswerNeverWritesBackStaleCopiesOfTheOthers() {
    Session first = SignIn.session("company");
    Session second = SignIn.session("company");
    String plan = createPlan(first, "Lost update plan");
    Map<String, String> formOfFirst = elementForm(first, plan, "e4");
    Map<String, String> formOfSecond = elementForm(second, plan, "e4");
    formOfSecond.put("status.e4.q1", "IN_PROGRESS");
    formOfSecond.put("text.e4.q1", "Saved by the second person.");
    post(second, plan + "/elements/e4", formOfSecond).then().statusCode(303);

    formOfFirst.put("status.e4.q2", "IN_PROGRESS");
    formOfFirst.put("text.e4.q2", "Only this answer was edited by the first person.");
    post(first, plan + "/elements/e4", formOfFirst).then().statusCode(303);

    first
        .req()
        .get(plan + "/elements/e4")
        .then()
        .body(containsString("Saved by the second person."))
        .body(containsString("Only this answer was edited by the first person."));
  }

  @Test
  void controlCharactersAreRefusedAndNothingIsSaved() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Control plan");
    Map<String, String> form = elementForm(company, plan, "e1");
    form.put("status.e1.q2", "IN_PROGRESS");
    form.put("text.e1.q2", "unsaved-marker\u0000after");
    post(company, plan + "/elements/e1", form).then().statusCode(400);
    company.req().get(plan + "/elements/e1").then().body(not(containsString("unsaved-marker")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/elements/e1",
        "/continue",
        "/check",
        "/history",
        "/actions",
        "/actions/new?question=e1.q1"
      })
  void anotherOrganisationsPlanIsNotFound(String page) {
    String plan = createPlan(SignIn.session("company"), "Private plan");
    SignIn.as("company2")
        .get(plan + page)
        .then()
        .statusCode(404)
        .body(not(containsString("Private plan")));
  }

  @Test
  void anotherOrganisationCannotWriteToThePlan() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Private plan two");
    Session other = SignIn.session("company2");
    Map<String, String> form = elementForm(company, plan, "e1");
    form.put("csrf-token", other.csrfToken());
    form.put("status.e1.q1", "IN_PLACE");
    form.put("text.e1.q1", "Written by the wrong organisation");
    post(other, plan + "/elements/e1", form).then().statusCode(404);
    company
        .req()
        .get(plan + "/elements/e1")
        .then()
        .body(not(containsString("Written by the wrong organisation")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/plans/not-a-uuid",
        "/plans/00000000-0000-0000-0000-000000000000",
        "/plans/00000000-0000-0000-0000-000000000000/elements/e1"
      })
  void malformedAndUnknownIdsAreNotFound(String page) {
    SignIn.as("company").get(page).then().statusCode(404);
  }

  @Test
  void unknownElementIsNotFound() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Element plan");
    company.req().get(plan + "/elements/e9").then().statusCode(404);
    company.req().get(plan + "/elements/m1").then().statusCode(404);
  }

  @Test
  void badInputGetsMessagesAndNothingIsSaved() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Bad input plan");
    Map<String, String> form = elementForm(company, plan, "e8");
    form.put("status.e8.q1", "IN_PROGRESS");
    form.put("text.e8.q1", "A valid answer that must not be saved alone.");
    form.put("text.e8.q2", "x".repeat(10_001));
    form.put("status.e8.q2", "IN_PROGRESS");
    form.put("target.e8.q3", "2027-02-30");
    form.put("status.e8.q4", "NOT_APPLICABLE");
    form.put("status.e8.q5", "DONE_ALREADY");
    post(company, plan + "/elements/e8", form)
        .then()
        .statusCode(400)
        .body(containsString("There is a problem"))
        .body(containsString("Shorten this text to 10,000 characters or fewer"))
        .body(containsString("Enter a real date in the format yyyy-mm-dd"))
        .body(containsString("Explain why this question does not apply"))
        .body(containsString("Choose one of the statuses"))
        .body(containsString("A valid answer that must not be saved alone."));
    company
        .req()
        .get(plan + "/elements/e8")
        .then()
        .body(not(containsString("A valid answer that must not be saved alone.")));
    company.req().get(plan + "/history").then().body(not(containsString("Answer to e8")));
  }

  @Test
  void anUnknownQuestionOrTamperedVersionIsABadRequest() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Tampered plan");
    Map<String, String> form = elementForm(company, plan, "e1");
    form.put("text.e9.q1", "injected");
    post(company, plan + "/elements/e1", form).then().statusCode(400);
    Map<String, String> versions = elementForm(company, plan, "e1");
    versions.put("version.e1.q1", "abc");
    post(company, plan + "/elements/e1", versions).then().statusCode(400);
  }

  @Test
  void aSaveWithoutCsrfTokenIsRefused() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "CSRF plan");
    Map<String, String> form = elementForm(company, plan, "e1");
    form.remove("csrf-token");
    form.put("status.e1.q1", "IN_PLACE");
    form.put("text.e1.q1", "Sent without a token");
    post(company, plan + "/elements/e1", form).then().statusCode(400);
    company
        .req()
        .get(plan + "/elements/e1")
        .then()
        .body(not(containsString("Sent without a token")));
  }

  @Test
  void newPlanValidation() {
    Session company = SignIn.session("company");
    String token = company.csrfToken();
    company
        .req()
        .formParam("csrf-token", token)
        .formParam("title", "")
        .formParam("start", "2027-13-01")
        .formParam("end", "")
        .post("/plans")
        .then()
        .statusCode(400)
        .body(containsString("Enter a name for the plan"))
        .body(containsString("Enter a real date"))
        .body(containsString("Enter a date"));
    company
        .req()
        .formParam("csrf-token", token)
        .formParam("title", "Backwards")
        .formParam("start", "2027-12-31")
        .formParam("end", "2027-01-01")
        .post("/plans")
        .then()
        .statusCode(400)
        .body(containsString("The period must end on or after the day it starts"));
    company
        .req()
        .formParam("csrf-token", token)
        .formParam("title", "t".repeat(201))
        .formParam("start", "2027-01-01")
        .formParam("end", "2027-12-31")
        .post("/plans")
        .then()
        .statusCode(400)
        .body(containsString("Shorten the name to 200 characters or fewer"));
    company.req().get("/dashboard").then().body(not(containsString("Backwards")));
  }

  @Test
  void otherRolesCannotUsePlans() {
    SignIn.as("auditor").get("/plans/new").then().statusCode(403);
    SignIn.as("admin").get("/plans/new").then().statusCode(403);
    SignIn.as(null).get("/plans/new").then().statusCode(302);
    SignIn.as("loner").get("/plans/new").then().statusCode(404);
  }
}
