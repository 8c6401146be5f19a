package org.complychain.plan;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;

/** Small steps of the plan workflow, done through the real pages like a person would. */
final class PlanFixtures {

  private static final Pattern VERSION =
      Pattern.compile("name=\"version\\.([^\"]+)\" value=\"(\\d+)\"");

  private PlanFixtures() {}

  /** Creates a plan through the form and returns its address, e.g. /plans/uuid. */
  static String createPlan(Session session, String title) {
    Response created =
        session
            .req()
            .formParam("csrf-token", session.csrfToken())
            .formParam("title", title)
            .formParam("start", "2027-01-01")
            .formParam("end", "2027-12-31")
            .post("/plans");
    created.then().statusCode(303);
    return path(created.header("Location"));
  }

  /** The form of an element page as the browser would send it, with every answer left empty. */
  static Map<String, String> elementForm(Session session, String planPath, String element) {
    String html =
        session
            .req()
            .get(planPath + "/elements/" + element)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf-token", SignIn.token(html));
    Matcher m = VERSION.matcher(html);
    while (m.find()) {
      String q = m.group(1);
      form.put("version." + q, m.group(2));
      form.put("status." + q, "NOT_STARTED");
      form.put("text." + q, "");
      form.put("reason." + q, "");
      form.put("owner." + q, "");
      form.put("target." + q, "");
    }
    return form;
  }

  static Response post(Session session, String path, Map<String, String> form) {
    return session.req().formParams(form).post(path);
  }

  static String path(String location) {
    return location.replaceFirst("^https?://[^/]+", "");
  }
}
