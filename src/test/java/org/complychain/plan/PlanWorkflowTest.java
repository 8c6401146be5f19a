package org.complychain.plan;

import static org.complychain.plan.PlanFixtures.createPlan;
import static org.complychain.plan.PlanFixtures.elementForm;
import static org.complychain.plan.PlanFixtures.path;
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

/** A company member creates a plan, answers elements, leaves and continues where they stopped. */
@QuarkusTest
@DatabaseTest
class PlanWorkflowTest {

  @Test
  void aNewPlanAppearsOnTheDashboardWithItsTaskList() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Workflow plan A");
    company.req().get("/dashboard").then().body(containsString("Workflow plan A"));
    company
        .req()
        .get(plan)
        .then()
        .statusCode(200)
        .body(containsString("<h1>Workflow plan A</h1>"))
        .body(containsString("Engage stakeholders and partners"))
        .body(containsString("Report performance and engagement"))
        .body(containsString("Not started"))
        .body(containsString("<progress"));
  }

  @Test
  void savingAnElementIsDurableAndShowsWhatWasSaved() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Workflow plan B");
    Map<String, String> form = elementForm(company, plan, "e3");
    form.put("status.e3.q1", "IN_PLACE");
    form.put("text.e3.q1", "Our code bans work under 15 and hazardous work under 18.");
    form.put("owner.e3.q1", "Legal counsel");
    form.put("target.e3.q1", "2027-03-31");
    form.put("next", "later");
    post(company, plan + "/elements/e3", form)
        .then()
        .statusCode(303)
        .header("Location", endsWith(plan + "?saved=1"));
    company
        .req()
        .get(plan + "/elements/e3")
        .then()
        .body(containsString("Our code bans work under 15 and hazardous work under 18."))
        .body(containsString("value=\"Legal counsel\""))
        .body(containsString("value=\"2027-03-31\""))
        .body(containsString("value=\"IN_PLACE\" checked"))
        .body(containsString("Last saved by company"));
    company.req().get(plan).then().body(containsString("In progress"));
  }

  @Test
  void saveAndContinueGoesToTheNextElementAndContinueFindsTheFirstUnfinished() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Workflow plan C");
    company
        .req()
        .get(plan + "/continue")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/elements/e1"));
    Map<String, String> form = elementForm(company, plan, "e1");
    form.replaceAll((k, v) -> k.startsWith("status.") ? "NOT_APPLICABLE" : v);
    form.replaceAll((k, v) -> k.startsWith("reason.") ? "No such stakeholders in scope." : v);
    form.put("next", "continue");
    post(company, plan + "/elements/e1", form)
        .then()
        .statusCode(303)
        .header("Location", endsWith(plan + "/elements/e2?saved=1"));
    company.req().get(plan + "/continue").then().header("Location", endsWith("/elements/e2"));
    company.req().get(plan).then().body(containsString("Completed"));
  }

  @Test
  void theCheckPageShowsEveryAnswerWithChangeLinks() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Workflow plan D");
    Map<String, String> form = elementForm(company, plan, "e5");
    form.put("status.e5.q2", "IN_PROGRESS");
    form.put("text.e5.q2", "Grievance figures are collected quarterly.");
    post(company, plan + "/elements/e5", form).then().statusCode(303);
    company
        .req()
        .get(plan + "/check")
        .then()
        .statusCode(200)
        .body(containsString("Grievance figures are collected quarterly."))
        .body(containsString("href=\"" + plan + "/elements/e5?return=check#e5.q2\""))
        .body(containsString("Not answered yet"));
  }

  @Test
  void everyChangeIsInTheHistoryWithBeforeAndAfter() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Workflow plan E");
    Map<String, String> form = elementForm(company, plan, "e2");
    form.put("status.e2.q4", "IN_PROGRESS");
    form.put("text.e2.q4", "First version of the answer.");
    post(company, plan + "/elements/e2", form).then().statusCode(303);
    form = elementForm(company, plan, "e2");
    form.put("status.e2.q4", "IN_PLACE");
    form.put("text.e2.q4", "Second version of the answer.");
    post(company, plan + "/elements/e2", form).then().statusCode(303);
    company
        .req()
        .get(plan + "/history")
        .then()
        .statusCode(200)
        .body(containsString("Plan created"))
        .body(containsString("Answer to e2.q4"))
        .body(containsString("First version of the answer."))
        .body(containsString("Second version of the answer."))
        .body(containsString("In place"));
  }

  @Test
  void theDemoCompanyHasAPartlyAnsweredSamplePlan() {
    Session company = SignIn.session("company");
    String html = company.req().get("/dashboard").then().extract().asString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("href=\"(/plans/[0-9a-f-]{36})\">\\d{4} plan<")
            .matcher(html);
    org.junit.jupiter.api.Assertions.assertTrue(m.find(), "sample plan on the dashboard");
    company
        .req()
        .get(m.group(1) + "/elements/e1")
        .then()
        .body(containsString("We keep a stakeholder map"));
    company.req().get(m.group(1) + "/actions").then().body(containsString("Overdue"));
  }

  @Test
  void planPagesAreInTheReadersLanguage() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Workflow plan F");
    company
        .req()
        .header("Accept-Language", "ms")
        .get(plan + "/elements/e4")
        .then()
        .body(containsString("<html lang=\"ms\">"))
        .body(not(containsString("Save and continue")));
    String created = path(plan);
    company
        .req()
        .header("Accept-Language", "fr")
        .get(created)
        .then()
        .body(containsString("Non commencé"));
  }
}
