package org.complychain.notify;

import static org.complychain.notify.NotificationFixtures.clear;
import static org.complychain.notify.NotificationFixtures.kinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complychain.review.ReviewFixtures;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daily checks tell the company's members about expiring evidence and overdue actions once, run
 * on one instance a day, and delete sign-in records past their use.
 */
@QuarkusTest
@DatabaseTest
class DailyChecksTest {

  @Inject EntityManager em;
  @Inject DailyChecks checks;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
    clear(em, "company3", "company", "auditor");
  }

  @Test
  void expiringEvidenceAndOverdueActionsAreToldOnceToTheirOrganisationOnly() {
    LocalDate today = LocalDate.of(2041, 3, 10);
    UUID soon = evidence("Fire safety certificate", today.plusDays(12));
    UUID later = evidence("Valid for long", today.plusDays(31));
    UUID expired = evidence("Already expired", today.minusDays(1));
    UUID plan = plan();
    UUID late = action(plan, "Train the night shift", today.minusDays(2), "OPEN");
    UUID closed = action(plan, "Closed late", today.minusDays(5), "DONE");
    UUID tomorrow = action(plan, "Due tomorrow", today.plusDays(1), "IN_PROGRESS");
    String soonLink = "/evidence/" + soon;
    String lateLink = "/plans/" + plan + "/actions/" + late;

    assertTrue(checks.run(today).ran());
    assertEquals(1, told("company3", soonLink, "EVIDENCE_EXPIRING"), "expiring evidence");
    assertEquals(1, told("company3", lateLink, "ACTION_OVERDUE"), "overdue action");
    for (UUID quiet : List.of(later, expired)) {
      assertEquals(0, told("company3", "/evidence/" + quiet, "EVIDENCE_EXPIRING"), "not yet");
    }
    for (UUID quiet : List.of(closed, tomorrow)) {
      assertEquals(
          0, told("company3", "/plans/" + plan + "/actions/" + quiet, "ACTION_OVERDUE"), "not due");
    }
    assertEquals(0, told("company", soonLink, "EVIDENCE_EXPIRING"), "another organisation");
    assertEquals(0, told("company", lateLink, "ACTION_OVERDUE"), "another organisation");
    assertEquals(List.of(), kinds(em, "auditor"), "auditors are not told");

    assertFalse(checks.run(today).ran(), "the same day runs once");
    forgetRun(today);
    assertTrue(checks.run(today).ran(), "a forced second run");
    assertEquals(1, told("company3", soonLink, "EVIDENCE_EXPIRING"), "tells nobody twice");
    assertEquals(1, told("company3", lateLink, "ACTION_OVERDUE"), "tells nobody twice");

    String page =
        SignIn.session("company3").req().get("/notifications").then().extract().asString();
    assertTrue(page.contains("Fire safety certificate&quot; expires on 22 Mar 2041"), page);
    assertTrue(page.contains("Train the night shift"), page);
  }

  @Test
  void twoInstancesAtOnceRunTheDayOnce() throws Exception {
    LocalDate today = LocalDate.of(2042, 6, 1);
    CountDownLatch start = new CountDownLatch(1);
    Callable<DailyChecks.Outcome> run =
        () -> {
          start.await();
          return checks.run(today);
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<DailyChecks.Outcome> a = pool.submit(run);
      Future<DailyChecks.Outcome> b = pool.submit(run);
      start.countDown();
      int ran = (a.get().ran() ? 1 : 0) + (b.get().ran() ? 1 : 0);
      assertEquals(1, ran, "exactly one of them did the work");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oldSessionsFailuresAndKeptFormsAreDeletedAndCurrentOnesKept() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              sql(
                  "insert into app_session (id, identity, created_at, last_seen_at) values"
                      + " ('00000000-0000-0000-0000-0000000000a1', 'old-session', now() - interval"
                      + " '3 days', now() - interval '3 days'), ('00000000-0000-0000-0000-0000000000a2',"
                      + " 'new-session', now(), now())");
              sql(
                  "insert into sign_in_failure (account, address, failed_at) values"
                      + " ('old-failure', '10.0.0.1', now() - interval '1 hour'),"
                      + " ('new-failure', '10.0.0.1', now())");
              sql(
                  "insert into form_draft (token, identity, path, fields, created_at) values"
                      + " ('00000000-0000-0000-0000-0000000000b1', 'old-draft', '/x', 'a=1', now()"
                      + " - interval '2 days'), ('00000000-0000-0000-0000-0000000000b2',"
                      + " 'new-draft', '/x', 'a=1', now())");
            });
    assertTrue(checks.run(LocalDate.of(2043, 1, 1)).ran());
    assertEquals(
        List.of("new-session"),
        names("select identity from app_session where identity like '%-session'"));
    assertEquals(
        List.of("new-failure"),
        names("select account from sign_in_failure where account like '%-failure'"));
    assertEquals(
        List.of("new-draft"),
        names("select identity from form_draft where identity like '%-draft'"));
  }

  private UUID evidence(String title, LocalDate expires) {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into evidence_file (id, organisation_id, title, kind, expires_on,"
                            + " uploaded_by, size_bytes, media_type, sha256, original_name) values"
                            + " (?1, ?2, ?3, 'POLICY', ?4, 'company3', 10, 'application/pdf', ?5,"
                            + " 'file.pdf')")
                    .setParameter(1, id)
                    .setParameter(2, ReviewFixtures.LARKSPUR)
                    .setParameter(3, title)
                    .setParameter(4, Date.valueOf(expires))
                    .setParameter(
                        5, id.toString().replace("-", "") + "00000000000000000000000000000000")
                    .executeUpdate());
    return id;
  }

  private UUID plan() {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into plan (id, organisation_id, title, period_start, period_end,"
                            + " content_version, created_at, created_by, version) values (?1, ?2,"
                            + " 'Action plan', date '2041-01-01', date '2041-12-31', 'test', now(),"
                            + " 'company3', 0)")
                    .setParameter(1, id)
                    .setParameter(2, ReviewFixtures.LARKSPUR)
                    .executeUpdate());
    return id;
  }

  private UUID action(UUID plan, String description, LocalDate due, String status) {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into corrective_action (id, plan_id, question_id, description,"
                            + " owner, due_date, verification, status, created_at, updated_at,"
                            + " updated_by) values (?1, ?2, 'e1.q1', ?3, 'HR', ?4, 'Records', ?5,"
                            + " now(), now(), 'company3')")
                    .setParameter(1, id)
                    .setParameter(2, plan)
                    .setParameter(3, description)
                    .setParameter(4, Date.valueOf(due))
                    .setParameter(5, status)
                    .executeUpdate());
    return id;
  }

  private long told(String recipient, String link, String kind) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from notification where recipient = ?1 and link"
                                    + " = ?2 and kind = ?3")
                            .setParameter(1, recipient)
                            .setParameter(2, link)
                            .setParameter(3, kind)
                            .getSingleResult())
                    .longValue());
  }

  private void forgetRun(LocalDate day) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("delete from job_run where day = ?1")
                    .setParameter(1, Date.valueOf(day))
                    .executeUpdate());
  }

  private void sql(String sql) {
    em.createNativeQuery(sql).executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private List<String> names(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(() -> (List<String>) em.createNativeQuery(sql).getResultList());
  }
}
