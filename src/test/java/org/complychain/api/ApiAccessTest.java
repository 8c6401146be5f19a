package org.complychain.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.complychain.review.ReviewFixtures;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API's role × organisation matrix, through the sign-in cookie of the real login form (the test
 * profile has no identity provider): Larkspur's member ({@code company3}) reads its plans, another
 * organisation's member gets 404, the assigned auditor reads submitted plans only, an unassigned
 * auditor gets 404, an administrator 403 and an anonymous caller a 401 in JSON.
 */
@QuarkusTest
@DatabaseTest
class ApiAccessTest {

  @Inject EntityManager em;

  /** Made once for the class: building a submitted plan through the pages takes a while. */
  private static String submitted;

  private static String draft;

  private Session larkspur;

  @BeforeEach
  void larkspurWithASubmittedPlanAndADraftWithAnAction() {
    ReviewFixtures.organisation(em);
    larkspur = SignIn.session("company3");
    if (submitted != null) {
      return;
    }
    String plan = ReviewFixtures.completedPlan(larkspur, "API submitted " + UUID.randomUUID());
    ReviewFixtures.submit(larkspur, plan, "en").then().statusCode(303);
    String draftPlan = PlanForms.create(larkspur, "API draft " + UUID.randomUUID());
    larkspur
        .req()
        .formParam("csrf-token", larkspur.csrfToken())
        .formParam("question", "e2.q3")
        .formParam("description", "Review purchasing lead times")
        .formParam("owner", "Sourcing lead")
        .formParam("due", "2027-06-30")
        .formParam("verification", "Evidence reviewed by compliance")
        .formParam("status", "OPEN")
        .formParam("version", "0")
        .post(draftPlan + "/actions")
        .then()
        .statusCode(303);
    submitted = id(plan);
    draft = id(draftPlan);
  }

  @Test
  void aMemberReadsTheirOrganisationsPlansVersionsAndActions() {
    larkspur
        .req()
        .get("/api/v1/plans?limit=100")
        .then()
        .statusCode(200)
        .contentType(containsString("application/json"))
        .body("items.id", hasItem(submitted))
        .body("items.id", hasItem(draft))
        .body("items.find { it.id == '" + submitted + "' }.status", equalTo("IN_REVIEW"))
        .body("items.find { it.id == '" + draft + "' }.status", equalTo("DRAFT"));

    larkspur
        .req()
        .get("/api/v1/plans/" + submitted)
        .then()
        .statusCode(200)
        .body("id", equalTo(submitted))
        .body("organisation", equalTo("Larkspur Review Co"))
        .body("status", equalTo("IN_REVIEW"))
        .body("latestVersion", equalTo(1))
        .body("periodStart", equalTo("2027-01-01"))
        .body("progress.elements.size()", equalTo(8))
        .body("progress.elements[0].element", equalTo("e1"))
        .body("progress.elements[0].status", equalTo("COMPLETED"));

    larkspur
        .req()
        .get("/api/v1/plans/" + submitted + "/versions")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].number", equalTo(1))
        .body("items[0].status", equalTo("SUBMITTED"))
        .body("items[0].sha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
        .body("items[0].submittedAt", org.hamcrest.Matchers.notNullValue())
        .body("items[0].approvedAt", nullValue());

    larkspur
        .req()
        .get("/api/v1/plans/" + draft + "/actions")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].questionId", equalTo("e2.q3"))
        .body("items[0].description", equalTo("Review purchasing lead times"))
        .body("items[0].dueDate", equalTo("2027-06-30"))
        .body("items[0].status", equalTo("OPEN"));
  }

  @Test
  void anotherOrganisationsMemberFindsNothing() {
    Session northwind = SignIn.session("company");
    for (String path :
        new String[] {
          "/api/v1/plans/" + submitted,
          "/api/v1/plans/" + submitted + "/versions",
          "/api/v1/plans/" + draft + "/actions"
        }) {
      northwind
          .req()
          .get(path)
          .then()
          .statusCode(404)
          .contentType(containsString("application/json"))
          .body("status", equalTo(404))
          .body("error", equalTo("not_found"));
    }
    northwind
        .req()
        .get("/api/v1/plans?limit=100")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(submitted)));
    northwind.req().get("/api/v1/plans/not-a-uuid").then().statusCode(404);
  }

  @Test
  void theAssignedAuditorReadsSubmittedPlansButNotDraftsActionsOrSuppliers() {
    Session auditor = SignIn.session("auditor");
    auditor
        .req()
        .get("/api/v1/plans?limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(submitted))
        .body("items.id", not(hasItem(draft)));
    auditor
        .req()
        .get("/api/v1/plans/" + submitted)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_REVIEW"))
        .body("progress", nullValue());
    auditor
        .req()
        .get("/api/v1/plans/" + submitted + "/versions")
        .then()
        .statusCode(200)
        .body("items[0].number", equalTo(1));
    auditor.req().get("/api/v1/plans/" + draft).then().statusCode(404);
    auditor.req().get("/api/v1/plans/" + draft + "/versions").then().statusCode(404);
    auditor
        .req()
        .get("/api/v1/plans/" + submitted + "/actions")
        .then()
        .statusCode(403)
        .body("error", equalTo("forbidden"));
    auditor.req().get("/api/v1/suppliers").then().statusCode(403);
  }

  @Test
  void anUnassignedAuditorFindsNothing() {
    Session other = SignIn.session("auditor2");
    other.req().get("/api/v1/plans/" + submitted).then().statusCode(404);
    other.req().get("/api/v1/plans/" + submitted + "/versions").then().statusCode(404);
    other
        .req()
        .get("/api/v1/plans?limit=100")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(submitted)));
  }

  @Test
  void anAdministratorIsRefused() {
    Session admin = SignIn.session("admin");
    for (String path :
        new String[] {
          "/api/v1/plans", "/api/v1/plans/" + submitted, "/api/v1/suppliers",
        }) {
      admin
          .req()
          .get(path)
          .then()
          .statusCode(403)
          .contentType(containsString("application/json"))
          .body("error", equalTo("forbidden"));
    }
  }

  @Test
  void anAnonymousCallerGetsA401InJsonNotTheSignInPage() {
    for (String path :
        new String[] {
          "/api/v1/plans",
          "/api/v1/plans/" + submitted,
          "/api/v1/plans/" + submitted + "/versions",
          "/api/v1/plans/" + draft + "/actions",
          "/api/v1/suppliers"
        }) {
      var response = given().redirects().follow(false).get(path);
      assertEquals(401, response.statusCode(), path);
      response
          .then()
          .contentType(containsString("application/json"))
          .header("WWW-Authenticate", equalTo("Bearer"))
          .body("status", equalTo(401))
          .body("error", equalTo("unauthorized"));
    }
  }

  private static String id(String planPath) {
    return planPath.substring(planPath.lastIndexOf('/') + 1);
  }
}
