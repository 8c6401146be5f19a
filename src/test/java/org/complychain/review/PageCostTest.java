package org.complychain.review;

import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.RecordedStatements;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages people use most cost a fixed number of SQL statements, however many versions were
 * approved, changes made or plans queued, and never read a stored document or snapshot.
 */
@QuarkusTest
@DatabaseTest
class PageCostTest {

  /** What a column list of plan_version holds when the stored bytes are selected. */
  private static final Pattern BYTES = Pattern.compile("\\.(pdf|snapshot)[ ,]");

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void elementPageSaveAndQueueCostTheSameWhateverTheDataAndNeverReadTheBytes() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Cost plan");
    submit(company, plan, "en").then().statusCode(303);
    String v1 = versionId(auditor, "Cost plan");
    decide(auditor, v1, "APPROVED", "Fine.", lockVersion(auditor, v1)).then().statusCode(303);
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .post(plan + "/new-version")
        .then()
        .statusCode(303);
    UUID planId = UUID.fromString(plan.substring(plan.lastIndexOf('/') + 1));
    history(planId, 1000);

    Cost page = cost(() -> company.req().get(plan + "/elements/e2").then().statusCode(200));
    Map<String, String> form = PlanForms.element(company, plan, "e2");
    form.put("text.e2.q1", "Checked by the cost test " + UUID.randomUUID());
    form.put("status.e2.q1", "IN_PROGRESS");
    Cost save =
        cost(
            () ->
                company.req().formParams(form).post(plan + "/elements/e2").then().statusCode(303));
    Cost queue = cost(() -> auditor.req().get("/audit").then().statusCode(200));
    queued(5);
    Cost longerQueue = cost(() -> auditor.req().get("/audit").then().statusCode(200));

    System.out.printf(
        "SQL statements: element page %d, save %d, audit queue %d (%d with 5 more rows)%n",
        page.statements, save.statements, queue.statements, longerQueue.statements);
    for (Cost c : List.of(page, save, queue, longerQueue)) {
      assertTrue(
          c.sql.stream().noneMatch(s -> BYTES.matcher(s).find()),
          "no stored document or snapshot read: " + c.sql);
    }
    assertEquals(queue.statements, longerQueue.statements, "the queue costs the same per row");
    // 8 for the page itself, one for the unread count in the header, one for element 2's
    // screening summary: none grows with the data.
    assertTrue(page.statements <= 10, "element page: " + page.sql);
    assertTrue(save.statements <= 12, "save: " + save.sql);
    assertTrue(queue.statements <= 9, "queue: " + queue.sql);

    String history =
        company.req().get(plan + "/history").then().statusCode(200).extract().asString();
    assertTrue(history.contains("Showing 1–50 of "), "the history is paged");
    assertEquals(50, count(history, "<tr>") - 1, "fifty changes on a page");
    assertTrue(history.contains("href=\"" + plan + "/history?page=2\""), "next page link");
    for (String bad : List.of("-3", "0", "abc", "99999999999", "2147483647", "%20")) {
      company.req().get(plan + "/history?page=" + bad).then().statusCode(200);
    }
    String last = company.req().get(plan + "/history?page=2147483647").then().extract().asString();
    assertTrue(last.contains("rel=\"prev\"") && !last.contains("rel=\"next\""), "last page");
    auditor.req().get("/audit?waiting=-1&decided=zz").then().statusCode(200);
    Session admin = SignIn.session("admin");
    admin.req().get("/admin?page=-1").then().statusCode(200);
    admin.req().get("/admin?page=x").then().statusCode(200);
    admin
        .req()
        .get("/admin/organisations/" + ReviewFixtures.LARKSPUR + "?members=99999999999")
        .then()
        .statusCode(200);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private record Cost(long statements, List<String> sql) {}

  private Cost cost(Runnable request) {
    Statistics stats = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    RecordedStatements.start();
    request.run();
    List<String> sql = RecordedStatements.stop();
    return new Cost(stats.getPrepareStatementCount(), sql);
  }

  /** A long history, as months of saves leave it. */
  private void history(UUID plan, int entries) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into plan_history (id, plan_id, subject, subject_id, question_id,"
                            + " actor, at, before_value, after_value) select gen_random_uuid(),"
                            + " ?1, 'ANSWER', gen_random_uuid(), 'e1.q1', 'company3', now() -"
                            + " make_interval(secs => n), '{\"text\":\"before\"}',"
                            + " '{\"text\":\"after\"}' from generate_series(1, ?2) n")
                    .setParameter(1, plan)
                    .setParameter(2, entries)
                    .executeUpdate());
  }

  /** More plans of the organisation waiting in the auditor's queue, each with its version. */
  private void queued(int plans) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < plans; i++) {
                UUID plan = UUID.randomUUID();
                em.createNativeQuery(
                        "insert into plan (id, organisation_id, title, period_start, period_end,"
                            + " content_version, created_at, created_by, version) values (?1, ?2,"
                            + " 'Queued plan', date '2027-01-01', date '2027-12-31', 'test', now(),"
                            + " 'company3', 0)")
                    .setParameter(1, plan)
                    .setParameter(2, ReviewFixtures.LARKSPUR)
                    .executeUpdate();
                em.createNativeQuery(
                        "insert into plan_version (id, plan_id, number, status, snapshot, sha256,"
                            + " submitted_at, submitted_by, pdf_language) values"
                            + " (gen_random_uuid(), ?1, 1, 'SUBMITTED', '{}', repeat('0', 64),"
                            + " now(), 'company3', 'en')")
                    .setParameter(1, plan)
                    .executeUpdate();
              }
            });
  }
}
