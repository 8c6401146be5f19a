package org.complychain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Several instances share one database: the times that order history and actions come from the
 * database, and entries written at the same time keep the order they were written in.
 */
@QuarkusTest
@DatabaseTest
class DatabaseClockTest {

  @Inject PlanService plans;
  @Inject History history;
  @Inject EntityManager em;

  @Test
  void entriesOfOneTransactionShareTheDatabaseTimeAndListNewestWrittenFirst() {
    UUID planId = QuarkusTransaction.requiringNew().call(() -> newPlan().id);

    OffsetDateTime transactionTime =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  OffsetDateTime now = databaseNow();
                  Plan plan = Plan.findById(planId);
                  for (int i = 1; i <= 5; i++) {
                    history.record(
                        plan,
                        HistoryEntry.Subject.ANSWER,
                        plan.id,
                        "e1.q1",
                        "clock-test",
                        null,
                        Map.of("step", i));
                  }
                  return now;
                });

    List<HistoryEntry> entries =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    HistoryEntry.page(Plan.findById(planId), 0, 100).stream()
                        .filter(e -> e.actor.equals("clock-test"))
                        .toList());
    assertEquals(5, entries.size());
    for (HistoryEntry entry : entries) {
      assertEquals(transactionTime.toInstant(), entry.at.toInstant(), "the database's time");
    }
    assertEquals(
        List.of(5, 4, 3, 2, 1),
        entries.stream().map(e -> History.fields(e.after).get("step")).toList(),
        "newest first, in the order written");
  }

  @Test
  void anActionTakesItsCreationTimeFromTheDatabase() {
    UUID planId = QuarkusTransaction.requiringNew().call(() -> newPlan().id);
    ActionInput input =
        new ActionInput("Train buyers", "Buyer lead", "2026-06-30", "Records", "OPEN", 0);

    record Written(OffsetDateTime databaseTime, UUID actionId) {}
    Written written =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  OffsetDateTime now = databaseNow();
                  CorrectiveAction action = plans.openAction(planId, "e1.q1", input, "clock-test");
                  return new Written(now, action.id);
                });

    OffsetDateTime stored =
        QuarkusTransaction.requiringNew()
            .call(() -> CorrectiveAction.<CorrectiveAction>findById(written.actionId()).createdAt);
    assertEquals(written.databaseTime().toInstant(), stored.toInstant());
  }

  private Plan newPlan() {
    Organisation organisation = new Organisation();
    organisation.name = "Clock test " + UUID.randomUUID().toString().substring(0, 8);
    organisation.persist();
    return plans.create(
        organisation, "Clock plan", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "t");
  }

  private OffsetDateTime databaseNow() {
    return (OffsetDateTime)
        em.createNativeQuery("select now()", OffsetDateTime.class).getSingleResult();
  }
}
