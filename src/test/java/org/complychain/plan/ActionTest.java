package org.complychain.plan;

import static org.complychain.plan.PlanFixtures.createPlan;
import static org.complychain.plan.PlanFixtures.elementForm;
import static org.complychain.plan.PlanFixtures.path;
import static org.complychain.plan.PlanFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DatabaseTest
class ActionTest {

  @Test
  void aGapOpensAnActionThatTheActionPlanListsByDueDateWithOverdueFlagged() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Action plan A");
    open(company, plan, "e2.q3", "Review purchasing lead times", "2027-06-30")
        .then()
        .statusCode(303);
    open(company, plan, "e2.q4", "Ask suppliers about recruitment fees", "2020-01-15")
        .then()
        .statusCode(303);
    String html = company.req().get(plan + "/actions").then().statusCode(200).extract().asString();
    assertTrue(
        html.indexOf("Ask suppliers about recruitment fees")
            < html.indexOf("Review purchasing lead times"));
    assertTrue(html.contains("Overdue"));
    String reversed =
        company.req().get(plan + "/actions?sort=due_desc").then().extract().asString();
    assertTrue(reversed.indexOf("Ask suppliers") > reversed.indexOf("Review purchasing"));
    company
        .req()
        .get(plan + "/elements/e2")
        .then()
        .body(containsString("Review purchasing lead times"));
    company.req().get(plan + "/history").then().body(containsString("Action for e2.q3"));
  }

  @Test
  void anyQuestionCanOpenAnActionButAnUnknownOneCannot() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Action plan B");
    Map<String, String> form = elementForm(company, plan, "e1");
    form.put("status.e1.q1", "IN_PLACE");
    form.put("text.e1.q1", "Done.");
    post(company, plan + "/elements/e1", form).then().statusCode(303);
    open(company, plan, "e1.q1", "Refresh the list yearly", "2027-01-01")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith("/elements/e1?action=saved#e1.q1"));
    company
        .req()
        .get(plan + "/elements/e1?action=saved")
        .then()
        .body(containsString("The action has been saved."))
        .body(containsString("Refresh the list yearly"));
    open(company, plan, "e9.q9", "Unknown question", "2027-01-01").then().statusCode(400);
  }

  @Test
  void theActionPlanSortsByStatusOwnerAndElement() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Action plan E");
    openAs(company, plan, "e6.q1", "Zeta remedy fund", "Ana", "IN_PROGRESS", "2027-02-01");
    openAs(company, plan, "e2.q1", "Alpha supplier map", "Zoe", "OPEN", "2027-09-01");
    String byStatus = company.req().get(plan + "/actions?sort=status").then().extract().asString();
    assertTrue(byStatus.indexOf("Alpha supplier map") < byStatus.indexOf("Zeta remedy fund"));
    String byOwner = company.req().get(plan + "/actions?sort=owner").then().extract().asString();
    assertTrue(byOwner.indexOf("Zeta remedy fund") < byOwner.indexOf("Alpha supplier map"));
    String byElement =
        company.req().get(plan + "/actions?sort=element").then().extract().asString();
    assertTrue(byElement.indexOf("Alpha supplier map") < byElement.indexOf("Zeta remedy fund"));
    assertTrue(byElement.contains("<option value=\"element\" selected>"));
    String byDue = company.req().get(plan + "/actions?sort=nonsense").then().extract().asString();
    assertTrue(byDue.indexOf("Zeta remedy fund") < byDue.indexOf("Alpha supplier map"));
  }

  @Test
  void actionValidationKeepsInputAndSavesNothing() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Action plan C");
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("question", "e3.q2")
        .formParam("description", "Keep this description")
        .formParam("owner", "")
        .formParam("due", "31/12/2027")
        .formParam("verification", "")
        .formParam("status", "FINISHED")
        .formParam("version", "0")
        .post(plan + "/actions")
        .then()
        .statusCode(400)
        .body(containsString("Enter who owns this action"))
        .body(containsString("Enter a real date"))
        .body(containsString("Say how completion will be verified"))
        .body(containsString("Choose one of the action statuses"))
        .body(containsString("Keep this description"));
    company
        .req()
        .get(plan + "/actions")
        .then()
        .body(containsString("There are no corrective actions yet"));
  }

  @Test
  void aStaleActionEditIsRefusedWithTheSavedValues() {
    Session first = SignIn.session("company");
    Session second = SignIn.session("company");
    String plan = createPlan(first, "Action plan D");
    open(first, plan, "e5.q1", "Set up an anonymous hotline", "2027-05-01").then().statusCode(303);
    String list = first.req().get(plan + "/actions").then().extract().asString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("href=\"(" + plan + "/actions/[0-9a-f-]{36})\"")
            .matcher(list);
    assertTrue(m.find());
    String action = m.group(1);
    edit(first, action, "Hotline in three languages", "0").then().statusCode(303);
    edit(second, action, "Hotline by a third party", "0")
        .then()
        .statusCode(409)
        .body(containsString("Someone else changed this action"))
        .body(containsString("Hotline in three languages"))
        .body(containsString("Hotline by a third party"));
    SignIn.as("company2").get(action).then().statusCode(404);
    first.req().get(path(action)).then().body(containsString("Hotline in three languages"));
  }

  private static Response open(Session s, String plan, String question, String what, String due) {
    return s.req()
        .formParam("csrf-token", s.csrfToken())
        .formParam("question", question)
        .formParam("description", what)
        .formParam("owner", "Sourcing lead")
        .formParam("due", due)
        .formParam("verification", "Evidence reviewed by compliance")
        .formParam("status", "OPEN")
        .formParam("version", "0")
        .post(plan + "/actions");
  }

  private static void openAs(
      Session s,
      String plan,
      String question,
      String what,
      String owner,
      String status,
      String due) {
    s.req()
        .formParam("csrf-token", s.csrfToken())
        .formParam("question", question)
        .formParam("description", what)
        .formParam("owner", owner)
        .formParam("due", due)
        .formParam("verification", "Checked by compliance")
        .formParam("status", status)
        .formParam("version", "0")
        .post(plan + "/actions")
        .then()
        .statusCode(303);
  }

  private static Response edit(Session s, String action, String what, String version) {
    return s.req()
        .formParam("csrf-token", s.csrfToken())
        .formParam("description", what)
        .formParam("owner", "Sourcing lead")
        .formParam("due", "2027-05-01")
        .formParam("verification", "Evidence reviewed by compliance")
        .formParam("status", "IN_PROGRESS")
        .formParam("version", version)
        .post(action);
  }
}
