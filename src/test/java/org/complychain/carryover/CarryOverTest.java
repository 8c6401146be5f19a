package org.complychain.carryover;

import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complychain.review.ReviewFixtures;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Next year's plan: carried over from an approved version, reviewed, compared with last year. */
@QuarkusTest
@DatabaseTest
class CarryOverTest {

  private static final Pattern FROM = Pattern.compile("name=\"from\" value=\"([0-9a-f-]{36})\"");

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void approvedPlanCarriedOverReviewedAndComparedWithLastYear() throws Exception {
    Session company = SignIn.session("company3");
    String source = approvedPlan(company, "Carry plan 2030", true);

    company
        .req()
        .get(source)
        .then()
        .body(containsString("Start next year&#39;s plan from approved version 1"));
    String from = from(company, source);
    carry(company, source, from, "Carry plan 2031", "2031-01-01", "2031-12-31", true)
        .then()
        .statusCode(400);
    Response carried =
        carry(company, source, from, "Carry plan 2031", "2031-01-01", "2031-12-31", false);
    carried.then().statusCode(303);
    String plan = carried.header("Location").replaceFirst("^https?://[^/]+", "");

    // Every answer comes over to review, last year's words above the editor.
    int questions = questionCount();
    company
        .req()
        .get(plan)
        .then()
        .body(containsString("Carried over from Carry plan 2030, version 1."))
        .body(containsString("Answers carried over and still to review: " + questions));
    company
        .req()
        .get(plan + "/elements/e1")
        .then()
        .body(containsString("id=\"previous-e1.q1\""))
        .body(containsString("We meet the worker unions every quarter."))
        .body(containsString("value=\"keep:e1.q1\""))
        .body(containsString("Audit report 2019"))
        .body(containsString("Expired on"));
    company
        .req()
        .get(plan + "/check")
        .then()
        .body(containsString("cannot be submitted yet"))
        .body(not(containsString("id=\"submit\"")));
    submit(company, plan, "en").then().statusCode(409);

    // Keep one as is, change another: both leave the list to review.
    Map<String, String> form = PlanForms.element(company, plan, "e1");
    form.put("next", "keep:e1.q1");
    company.req().formParams(form).post(plan + "/elements/e1").then().statusCode(303);
    form = PlanForms.element(company, plan, "e1");
    form.put("status.e1.q2", "IN_PLACE");
    form.put("text.e1.q2", "A supplier forum meets twice a year.");
    company.req().formParams(form).post(plan + "/elements/e1").then().statusCode(303);
    String element = company.req().get(plan + "/elements/e1").then().extract().asString();
    assertTrue(!element.contains("id=\"previous-e1.q1\""), "kept answer reviewed");
    assertTrue(!element.contains("id=\"previous-e1.q2\""), "changed answer reviewed");
    assertTrue(element.contains("id=\"previous-e1.q3\""), "other answers still to review");

    // The carried action shows where it came from; this year it is closed, and a new one opened.
    String actionId = actionId(company, plan, "Fix the grievance box");
    company
        .req()
        .get(plan + "/actions/" + actionId)
        .then()
        .body(containsString("Carried over from Carry plan 2030, version 1."))
        .body(containsString(source + "/history"));
    closeAction(company, plan, actionId);
    action(company, plan, "Train buyers on recruitment fees", "OPEN");

    String since =
        company.req().get(plan + "/since-last-year").then().statusCode(200).extract().asString();
    assertTrue(
        since.contains("Changed: 1 · kept as is: 1 · still to review: " + (questions - 2)), since);
    assertTrue(since.contains("forum"), "the new words");
    assertTrue(since.contains("<ins><span class=\"visually-hidden\">Added:</span>"), since);
    assertTrue(since.contains("<del>"), "last year's words struck");
    assertTrue(since.contains("Fix the grievance box"), "the carried action, closed since");
    assertTrue(since.contains("Train buyers on recruitment fees"), "an action opened this year");

    assertTrue(since.contains("Larkspur Mill"), "a supplier whose level moved");
    assertTrue(since.contains("Critical"), "its level before the screening ran again");

    // The open action moved with a link to its history; the closed one stayed behind.
    String actions = company.req().get(plan + "/actions").then().extract().asString();
    assertTrue(actions.contains("Fix the grievance box"), actions);
    assertTrue(!actions.contains("Publish the supplier list"), "closed action not carried");

    // The PDF's document control names the plan it came from, in the language asked for.
    byte[] pdf =
        company.req().get(plan + "/pdf?lang=fr").then().statusCode(200).extract().asByteArray();
    try (var doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Reporté depuis Carry plan 2030, version 1, approuvée le"), text);
    }
  }

  @Test
  void theDashboardDrawsEachPeriodsProgressAsAnAccessibleChart() {
    Session company = SignIn.session("company3");
    completedPlan(company, "Chart plan 2060");
    String dashboard = company.req().get("/dashboard").then().statusCode(200).extract().asString();
    assertTrue(dashboard.contains("<svg class=\"chart\" role=\"img\""), dashboard);
    assertTrue(dashboard.contains("<title id=\"year-chart-title\">Progress year over year"));
    assertTrue(dashboard.contains("Answers complete: 100%"), "a bar's wording");
    String chart =
        dashboard.substring(
            dashboard.indexOf("<section class=\"year-chart\""),
            dashboard.indexOf("</section>", dashboard.indexOf("<section class=\"year-chart\"")));
    assertTrue(!chart.contains("<script") && !chart.contains(" on"), "drawn without a script");
  }

  @Test
  void carryingOverTwiceIntoTheSamePeriodIsRefusedAndNothingIsCreated() throws Exception {
    Session company = SignIn.session("company3");
    String source = approvedPlan(company, "Twice plan 2040");
    String from = from(company, source);
    // Two people start next year's plan at the same moment: one wins, the other is told.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Session someone = SignIn.session("company3");
      both.add(
          () ->
              carry(someone, source, from, "Twice plan 2041", "2041-01-01", "2041-12-31", false)
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(both)) {
      statuses.add(f.get());
    }
    pool.shutdown();
    statuses.sort(Integer::compareTo);
    assertEquals(List.of(303, 409), statuses);

    carry(company, source, from, "Twice plan 2041", "2041-06-01", "2042-05-31", false)
        .then()
        .statusCode(409)
        .body(containsString("already covers part of this period"));
    assertEquals(1L, plansTitled("Twice plan 2041"));
  }

  @Test
  void onlyTheOrganisationsLastApprovedVersionCanBeCarried() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Waiting plan 2050");
    submit(company, plan, "en").then().statusCode(303);
    String waiting = versionId(auditor, "Waiting plan 2050");

    carry(company, plan, waiting, "Waiting plan 2051", "2051-01-01", "2051-12-31", false)
        .then()
        .statusCode(409)
        .body(containsString("Only the last approved version of a plan can be carried over."));
    carry(company, plan, UUID.randomUUID().toString(), "X", "2052-01-01", "2052-12-31", false)
        .then()
        .statusCode(404);
    carry(SignIn.session("company"), plan, waiting, "X", "2053-01-01", "2053-12-31", false)
        .then()
        .statusCode(404);
    carry(company, plan, waiting, "", "2054-13-01", "2054-12-31", false).then().statusCode(400);
    company.req().get(plan + "/since-last-year").then().statusCode(404);
    assertEquals(0L, plansTitled("Waiting plan 2051"));
  }

  /**
   * A plan of company3 answered, with one answer in place, an open and a closed action, submitted
   * and approved.
   */
  private String approvedPlan(Session company, String title) {
    return approvedPlan(company, title, false);
  }

  private String approvedPlan(Session company, String title, boolean withEvidenceAndSupplier) {
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, title);
    Map<String, String> form = PlanForms.element(company, plan, "e1");
    form.put("status.e1.q1", "IN_PLACE");
    form.put("text.e1.q1", "We meet the worker unions every quarter.");
    company.req().formParams(form).post(plan + "/elements/e1").then().statusCode(303);
    action(company, plan, "Fix the grievance box", "OPEN");
    action(company, plan, "Publish the supplier list", "DONE");
    if (withEvidenceAndSupplier) {
      expiredEvidenceAndSupplier(plan);
    }
    submit(company, plan, "en").then().statusCode(303);
    String version = versionId(auditor, title);
    decide(auditor, version, "APPROVED", "", lockVersion(auditor, version)).then().statusCode(303);
    return plan;
  }

  /**
   * An expired audit report attached to e1.q1, and a supplier whose stored level (critical) the
   * current data no longer supports, so screening again moves it.
   */
  private void expiredEvidenceAndSupplier(String plan) {
    UUID planId = UUID.fromString(plan.substring(plan.lastIndexOf('/') + 1));
    UUID file = UUID.randomUUID();
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into evidence_file (id, organisation_id, title, kind, issued_on,"
                          + " expires_on, uploaded_by, size_bytes, media_type, sha256,"
                          + " original_name) values (?1, ?2, 'Audit report 2019', 'POLICY',"
                          + " date '2019-01-01', date '2020-01-01', 'company3', 10,"
                          + " 'application/pdf', ?3, 'audit.pdf')")
                  .setParameter(1, file)
                  .setParameter(2, ReviewFixtures.LARKSPUR)
                  .setParameter(
                      3, file.toString().replace("-", "") + "00000000000000000000000000000000")
                  .executeUpdate();
              em.createNativeQuery(
                      "insert into evidence_link (id, file_id, plan_id, question_id, created_by)"
                          + " values (?1, ?2, ?3, 'e1.q1', 'company3')")
                  .setParameter(1, UUID.randomUUID())
                  .setParameter(2, file)
                  .setParameter(3, planId)
                  .executeUpdate();
              em.createNativeQuery(
                      "insert into supplier (id, organisation_id, name, country_code, risk_level)"
                          + " values (?1, ?2, 'Larkspur Mill', 'IN', 'CRITICAL')")
                  .setParameter(1, UUID.randomUUID())
                  .setParameter(2, ReviewFixtures.LARKSPUR)
                  .executeUpdate();
            });
  }

  private static void action(Session company, String plan, String description, String status) {
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("question", "e1.q1")
        .formParam("description", description)
        .formParam("owner", "Sourcing lead")
        .formParam("due", "2030-06-30")
        .formParam("verification", "Checked by internal audit")
        .formParam("status", status)
        .formParam("version", "0")
        .post(plan + "/actions")
        .then()
        .statusCode(303);
  }

  private static String actionId(Session company, String plan, String description) {
    String list = company.req().get(plan + "/actions").then().extract().asString();
    Matcher m =
        Pattern.compile("/actions/([0-9a-f-]{36})\">" + Pattern.quote(description) + "<")
            .matcher(list);
    assertTrue(m.find(), list);
    return m.group(1);
  }

  private static void closeAction(Session company, String plan, String actionId) {
    String page = company.req().get(plan + "/actions/" + actionId).then().extract().asString();
    Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
    assertTrue(version.find(), page);
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("description", "Fix the grievance box")
        .formParam("owner", "Sourcing lead")
        .formParam("due", "2030-06-30")
        .formParam("verification", "Checked by internal audit")
        .formParam("status", "DONE")
        .formParam("version", version.group(1))
        .post(plan + "/actions/" + actionId)
        .then()
        .statusCode(303);
  }

  private static String from(Session company, String plan) {
    String page =
        company.req().get(plan + "/next-year").then().statusCode(200).extract().asString();
    Matcher m = FROM.matcher(page);
    assertTrue(m.find(), page);
    return m.group(1);
  }

  private static Response carry(
      Session session,
      String plan,
      String from,
      String title,
      String start,
      String end,
      boolean withoutToken) {
    var req = session.req();
    if (!withoutToken) {
      req = req.formParam("csrf-token", session.csrfToken());
    }
    return req.formParam("from", from)
        .formParam("title", title)
        .formParam("start", start)
        .formParam("end", end)
        .post(plan + "/next-year");
  }

  private int questionCount() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from answer a join plan p on p.id ="
                        + " a.plan_id where p.title = 'Carry plan 2030'")
                .getSingleResult())
        .intValue();
  }

  private long plansTitled(String title) {
    return ((Number)
            em.createNativeQuery("select count(*) from plan where title = ?1")
                .setParameter(1, title)
                .getSingleResult())
        .longValue();
  }
}
