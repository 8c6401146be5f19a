package org.complychain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.complychain.admin.AuditorAssignment;
import org.complychain.plan.Plan;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/** The demo (and test) seed gives the auditor a submitted plan to review from the first visit. */
@QuarkusTest
@DatabaseTest
class DemoReviewTest {

  @Inject DemoReview seed;

  @Test
  void theAuditorFindsKestrelsSubmittedPlanWaitingAndCanOpenIt() {
    Session auditor = SignIn.session("auditor");
    String queue = auditor.req().get("/audit").then().statusCode(200).extract().asString();
    String waiting = queue.substring(0, queue.indexOf("<h2 id=\"decided\">Decided</h2>"));
    assertTrue(waiting.contains("<td>Kestrel Cocoa Trading</td>"), "Kestrel's plan is waiting");

    String version = ReviewFixtures.versionId(auditor, kestrelPlan().title);
    auditor
        .req()
        .get("/audit/versions/" + version)
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("Kestrel Cocoa Trading"));
    auditor
        .req()
        .get("/audit/versions/" + version + "/elements/e1")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("International Cocoa Initiative"));
  }

  @Test
  void seedingAgainAndAtOnceChangesNothing() {
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> seed.seed(null));
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> seed.seed(null));
    first.join();
    second.join();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Plan plan = kestrelPlan();
              assertEquals(1, PlanVersion.count("plan", plan));
              assertEquals(
                  2,
                  AuditorAssignment.organisationsOf("auditor").stream()
                      .filter(
                          id -> id.equals(DemoReview.NORTHWIND) || id.equals(DemoReview.KESTREL))
                      .count());
            });
  }

  private static Plan kestrelPlan() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Plan.<Plan>find(
                        "organisation.id = ?1 and createdBy = ?2 order by createdAt",
                        DemoReview.KESTREL,
                        DemoReview.MEMBER)
                    .firstResult());
  }
}
