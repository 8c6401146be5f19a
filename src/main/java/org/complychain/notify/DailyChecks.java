package org.complychain.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.complychain.security.SessionConfig;
import org.jboss.logging.Logger;

/**
 * Once a day: tells companies about evidence expiring within 30 days and corrective actions past
 * their due date, and deletes sign-in records nobody can use any more. With several instances one
 * runs it: the first to insert the day's {@code job_run} row; the others wait on that row's key
 * until it commits and then find it taken. A failed run rolls its row back, so another may try.
 */
@ApplicationScoped
public class DailyChecks {

  static final String JOB = "daily-checks";

  /** Evidence is flagged this many days before it expires, as the evidence pages do. */
  static final int EXPIRY_WARNING_DAYS = 30;

  private static final Logger LOG = Logger.getLogger(DailyChecks.class);

  @Inject EntityManager em;
  @Inject Notifier notifier;
  @Inject SessionConfig sessions;

  /** What one run did. */
  public record Outcome(boolean ran, int expiring, int overdue, int deleted) {}

  @Scheduled(
      identity = "daily-checks",
      cron = "${complychain.notify.daily-cron:0 15 5 * * ?}",
      timeZone = "UTC",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    Outcome outcome = run(LocalDate.now(ZoneOffset.UTC));
    LOG.infof("Daily checks: %s", outcome);
  }

  /** Runs the checks for the day unless some instance already did. */
  public Outcome run(LocalDate today) {
    return QuarkusTransaction.requiringNew().call(() -> runOnce(today));
  }

  private Outcome runOnce(LocalDate today) {
    int claimed =
        em.createNativeQuery(
                "insert into job_run (job, day) values (?1, ?2) on conflict do nothing")
            .setParameter(1, JOB)
            .setParameter(2, Date.valueOf(today))
            .executeUpdate();
    if (claimed == 0) {
      return new Outcome(false, 0, 0, 0);
    }
    return new Outcome(true, expiringEvidence(today), overdueActions(today), tidySignIns());
  }

  private int expiringEvidence(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> files =
        em.createNativeQuery(
                "select organisation_id, id, title, expires_on from evidence_file"
                    + " where expires_on between ?1 and ?2")
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, Date.valueOf(today.plusDays(EXPIRY_WARNING_DAYS)))
            .getResultList();
    int told = 0;
    for (Object[] f : files) {
      told += notifier.evidenceExpiring((UUID) f[0], (UUID) f[1], (String) f[2], (LocalDate) f[3]);
    }
    return told;
  }

  private int overdueActions(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> actions =
        em.createNativeQuery(
                "select p.organisation_id, p.id, a.id, p.title, a.description, a.due_date"
                    + " from corrective_action a join plan p on p.id = a.plan_id"
                    + " where a.due_date < ?1 and a.status not in ('DONE', 'VERIFIED')")
            .setParameter(1, Date.valueOf(today))
            .getResultList();
    int told = 0;
    for (Object[] a : actions) {
      told +=
          notifier.actionOverdue(
              (UUID) a[0],
              (UUID) a[1],
              (UUID) a[2],
              (String) a[3],
              (String) a[4],
              (LocalDate) a[5]);
    }
    return told;
  }

  /**
   * Deletes what the sign-in code can no longer use, with the ages it works with: sessions past
   * twice their absolute lifetime (as a new sign-in tidies them), failures outside the counting
   * window, kept forms past their lifetime.
   */
  private int tidySignIns() {
    return delete(
            "delete from app_session where last_seen_at < now() - make_interval(secs => ?1)",
            sessions.absoluteLifetime().multipliedBy(2).toSeconds())
        + delete(
            "delete from sign_in_failure where failed_at < now() - make_interval(secs => ?1)",
            sessions.failureWindow().toSeconds())
        + delete(
            "delete from form_draft where created_at < now() - make_interval(secs => ?1)",
            sessions.draftLifetime().toSeconds());
  }

  private int delete(String sql, long seconds) {
    return em.createNativeQuery(sql).setParameter(1, (double) seconds).executeUpdate();
  }
}
