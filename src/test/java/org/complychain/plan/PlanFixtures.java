package org.complychain.plan;

import io.restassured.response.Response;
import java.util.Map;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn.Session;

/** Small steps of the plan workflow, done through the real pages like a person would. */
final class PlanFixtures {

  private PlanFixtures() {}

  /** Creates a plan through the form and returns its address, e.g. /plans/uuid. */
  static String createPlan(Session session, String title) {
    return PlanForms.create(session, title);
  }

  /** The form of an element page as the browser would send it back unchanged. */
  static Map<String, String> elementForm(Session session, String planPath, String element) {
    return PlanForms.element(session, planPath, element);
  }

  static Response post(Session session, String path, Map<String, String> form) {
    return session.req().formParams(form).post(path);
  }

  static String path(String location) {
    return location.replaceFirst("^https?://[^/]+", "");
  }
}
