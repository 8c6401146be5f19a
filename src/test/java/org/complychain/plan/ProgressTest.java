package org.complychain.plan;

import static org.complychain.plan.PlanFixtures.createPlan;
import static org.complychain.plan.PlanFixtures.elementForm;
import static org.complychain.plan.PlanFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/**
 * Progress tells the truth: an answer counts once it is in place or does not apply (with a reason),
 * and the task list and the dashboard show the same figure.
 */
@QuarkusTest
@DatabaseTest
class ProgressTest {

  @Test
  void anElementWhoseAnswersAreStillInProgressIsNotCompleted() {
    Session company = SignIn.session("company");
    String plan = createPlan(company, "Progress plan A");
    Map<String, String> form = elementForm(company, plan, "e1");
    form.replaceAll((k, v) -> k.startsWith("status.") ? "IN_PROGRESS" : v);
    form.replaceAll((k, v) -> k.startsWith("text.") ? "We have started on this." : v);
    form.put("next", "later");
    post(company, plan + "/elements/e1", form).then().statusCode(303);

    String tasks = company.req().get(plan).then().extract().asString();
    assertEquals("IN_PROGRESS", statusOf(tasks, "e1"));
    assertTrue(tasks.contains("0 of 7 questions complete"), "in-progress answers are not done");
    assertEquals(percentOnTasks(tasks), percentOnDashboard(company, "Progress plan A"));

    form = elementForm(company, plan, "e1");
    form.replaceAll((k, v) -> k.startsWith("status.") ? "IN_PLACE" : v);
    form.put("next", "later");
    post(company, plan + "/elements/e1", form).then().statusCode(303);
    tasks = company.req().get(plan).then().extract().asString();
    assertEquals("COMPLETED", statusOf(tasks, "e1"));
    assertTrue(tasks.contains("7 of 7 questions complete"));
    assertTrue(percentOnTasks(tasks) > 0);
    assertEquals(percentOnTasks(tasks), percentOnDashboard(company, "Progress plan A"));
  }

  private static String statusOf(String tasks, String element) {
    Matcher m =
        Pattern.compile(
                "/elements/" + element + "\">.*?task-status status-(\\w+)\"", Pattern.DOTALL)
            .matcher(tasks);
    assertTrue(m.find(), "task row of " + element);
    return m.group(1);
  }

  private static int percentOnTasks(String tasks) {
    Matcher m = Pattern.compile("id=\"plan-progress\" max=\"100\" value=\"(\\d+)\"").matcher(tasks);
    assertTrue(m.find(), "progress bar");
    return Integer.parseInt(m.group(1));
  }

  private static int percentOnDashboard(Session company, String title) {
    String html = company.req().get("/dashboard").then().extract().asString();
    Matcher m =
        Pattern.compile(
                "value=\"(\\d+)\" aria-label=\"" + Pattern.quote(title) + "\"", Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), "card of " + title);
    return Integer.parseInt(m.group(1));
  }
}
