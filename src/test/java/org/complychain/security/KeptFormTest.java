package org.complychain.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/** Typing sent after the session ended is kept, and given back only to its author to save. */
@QuarkusTest
@DatabaseTest
class KeptFormTest {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  @Inject DataSource dataSource;

  @Test
  void textTypedWhileTheSessionEndedComesBackAfterSigningInAndSavesAgain() throws SQLException {
    CookieFilter browser = new CookieFilter();
    Response signIn = SignIn.post(browser, "company", "company");
    Session session = new Session(browser);
    String plan = PlanForms.create(session, "Kept typing plan");
    Map<String, String> form = PlanForms.element(session, plan, "e4");
    String typed = "Our buyers trained 40 suppliers in March " + UUID.randomUUID();
    form.put("status.e4.q1", "IN_PROGRESS");
    form.put("text.e4.q1", typed);

    endSession(signIn.getCookie("cc-session"));
    session
        .req()
        .formParams(form)
        .post(plan + "/elements/e4")
        .then()
        .statusCode(303)
        .header("Location", equalTo("/login?expired=true"));
    session
        .req()
        .get("/login?expired=true")
        .then()
        .statusCode(200)
        .body(containsString("Your session has ended"));

    SignIn.post(browser, "company", "company")
        .then()
        .statusCode(303)
        .header("Location", containsString("/kept"));
    // Nothing is saved on its own.
    session.req().get(plan + "/elements/e4").then().body(not(containsString(typed)));

    String kept = session.req().get("/kept").then().statusCode(200).extract().asString();
    org.hamcrest.MatcherAssert.assertThat(kept, containsString(typed));
    org.hamcrest.MatcherAssert.assertThat(
        kept, containsString("action=\"" + plan + "/elements/e4\""));

    session.req().formParams(hiddenFields(kept)).post(plan + "/elements/e4").then().statusCode(303);
    session.req().get(plan + "/elements/e4").then().body(containsString(typed));
    // Given back once only.
    session.req().get("/kept").then().statusCode(303);
  }

  @Test
  void aLongFormSaysWhenTheSessionWouldEnd() {
    Session session = SignIn.session("company");
    String plan = PlanForms.create(session, "Kept typing plan");
    session
        .req()
        .get(plan + "/elements/e2")
        .then()
        .statusCode(200)
        .body(containsString("if this page is left for 30 minutes without saving"));
  }

  @Test
  void someoneElseSigningInOnTheSameBrowserDoesNotGetIt() throws SQLException {
    CookieFilter browser = new CookieFilter();
    Response signIn = SignIn.post(browser, "company", "company");
    Session session = new Session(browser);
    String plan = PlanForms.create(session, "Kept typing plan");
    Map<String, String> form = PlanForms.element(session, plan, "e5");
    String typed = "Private words of the company " + UUID.randomUUID();
    form.put("text.e5.q1", typed);
    endSession(signIn.getCookie("cc-session"));
    session.req().formParams(form).post(plan + "/elements/e5").then().statusCode(303);

    SignIn.post(browser, "company2", "company2").then().statusCode(303);
    session
        .req()
        .get("/kept")
        .then()
        .statusCode(303)
        .header("Location", containsString("/dashboard"));
  }

  private static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(html);
    while (m.find()) {
      fields.put(m.group(1), unescape(m.group(2)));
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private void endSession(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update app_session set last_seen_at = now() - interval '31 minutes' where id = ?")) {
      s.setObject(1, UUID.fromString(id));
      s.executeUpdate();
    }
  }
}
