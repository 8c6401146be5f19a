package org.complychain.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.plan.CorrectiveAction;
import org.complychain.review.ReviewFixtures;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Element 2 shows the organisation's screening beside its questions, and one click turns a risk
 * into a corrective action of the plan, pre-filled, only for the plan's own organisation.
 */
@QuarkusTest
@DatabaseTest
class RiskActionTest {

  private final String name = "Risk action cocoa " + UUID.randomUUID();

  @Inject EntityManager em;

  @AfterEach
  void removeTestSuppliers() {
    QuarkusTransaction.requiringNew()
        .run(() -> Supplier.delete("name like ?1", "Risk action cocoa %"));
  }

  @Test
  void elementTwoShowsTheScreeningAndOneClickOpensAPrefilledAction() {
    Session kestrel = SignIn.session("company2");
    String supplier = add(kestrel);
    String plan = PlanForms.create(kestrel, "Risk action plan");

    String page =
        kestrel.req().get(plan + "/elements/e2").then().statusCode(200).extract().asString();
    assertTrue(page.contains("Your supplier screening"), page);
    assertTrue(page.contains(name), page);
    assertTrue(page.contains("ILAB lists Cocoa from Côte d’Ivoire"), page);
    assertTrue(page.contains("action=\"" + plan + "/risk-actions\""), page);
    assertTrue(page.contains("name=\"supplier\" value=\"" + supplier + "\""), page);
    assertTrue(page.contains("href=\"/risk/overview\""), page);
    kestrel
        .req()
        .get(plan + "/elements/e1")
        .then()
        .statusCode(200)
        .body(not(containsString("Your supplier screening")));

    // Without the CSRF token nothing is made.
    kestrel
        .req()
        .formParam("supplier", supplier)
        .post(plan + "/risk-actions")
        .then()
        .statusCode(400);
    assertEquals(0, actions(plan));

    String location =
        kestrel
            .req()
            .formParam("csrf-token", kestrel.csrfToken())
            .formParam("supplier", supplier)
            .post(plan + "/risk-actions")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertTrue(location.matches(".*" + plan + "/actions/[0-9a-f-]{36}\\?from=question"), location);
    kestrel
        .req()
        .get(location.replaceFirst("^https?://[^/]+", ""))
        .then()
        .statusCode(200)
        .body(containsString(name))
        .body(containsString("Côte d’Ivoire"))
        .body(containsString("Cocoa"))
        .body(containsString("forced child labour"))
        .body(containsString("value=\"company2\""));
    assertEquals(1, actions(plan));

    // The same in Malay: the action is worded in the language of the person who made it.
    kestrel
        .req()
        .header("Accept-Language", "ms")
        .get(plan + "/elements/e2")
        .then()
        .body(containsString("Saringan pembekal anda"))
        .body(containsString("Wujudkan tindakan pembetulan"));
  }

  @Test
  void anotherOrganisationsSupplierOrPlanIsNotFound() {
    Session kestrel = SignIn.session("company2");
    String supplier = add(kestrel);
    String kestrelPlan = PlanForms.create(kestrel, "Risk action plan K");
    Session northwind = SignIn.session("company");
    String northwindPlan = PlanForms.create(northwind, "Risk action plan N");

    post(northwind, northwindPlan, supplier).then().statusCode(404);
    post(northwind, kestrelPlan, supplier).then().statusCode(404);
    post(kestrel, kestrelPlan, UUID.randomUUID().toString()).then().statusCode(404);
    post(kestrel, kestrelPlan, "not-a-uuid").then().statusCode(404);
    SignIn.session("auditor")
        .req()
        .formParam("supplier", supplier)
        .post(kestrelPlan + "/risk-actions")
        .then()
        .statusCode(403);
    assertEquals(0, actions(northwindPlan));
    assertEquals(0, actions(kestrelPlan));
  }

  @Test
  void aFrozenPlanRefusesTheAction() {
    ReviewFixtures.organisation(em);
    Session larkspur = SignIn.session("company3");
    String supplier = add(larkspur);
    String plan = ReviewFixtures.completedPlan(larkspur, "Risk action frozen plan");
    ReviewFixtures.submit(larkspur, plan, "en").then().statusCode(303);

    String page =
        larkspur.req().get(plan + "/elements/e2").then().statusCode(200).extract().asString();
    assertTrue(page.contains(name), page);
    assertTrue(!page.contains("/risk-actions"), "no button on a frozen plan");
    post(larkspur, plan, supplier).then().statusCode(409);
    assertEquals(0, actions(plan));
  }

  private String add(Session session) {
    String location =
        session
            .req()
            .formParam("csrf-token", session.csrfToken())
            .formParam("name", name)
            .formParam("country", "CI")
            .formParam("tier", "3")
            .formParam("goods", "cocoa")
            .formParam("migrantWorkers", "yes")
            .post("/risk/suppliers")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    Matcher m = Pattern.compile("/risk/suppliers/([0-9a-f-]{36})").matcher(location);
    assertTrue(m.find(), location);
    return m.group(1);
  }

  private static io.restassured.response.Response post(
      Session session, String plan, String supplier) {
    return session
        .req()
        .formParam("csrf-token", session.csrfToken())
        .formParam("supplier", supplier)
        .post(plan + "/risk-actions");
  }

  private static long actions(String plan) {
    UUID id = UUID.fromString(plan.substring(plan.lastIndexOf('/') + 1));
    return QuarkusTransaction.requiringNew()
        .call(() -> CorrectiveAction.count("plan.id = ?1 and questionId = 'e2.q2'", id));
  }
}
