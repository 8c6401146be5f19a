package org.complychain.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Northwind (company) keeps suppliers; Kestrel (company2) never sees them. */
@QuarkusTest
@DatabaseTest
class SupplierRegisterTest {

  private final String name = "Test gloves " + UUID.randomUUID();

  @AfterEach
  void removeTestSuppliers() {
    QuarkusTransaction.requiringNew().run(() -> Supplier.delete("name like ?1", "Test gloves %"));
  }

  @Test
  void aSupplierIsSavedScreenedAndExplained() {
    Session company = SignIn.session("company");
    String location =
        add(company, "MY", "rubber_gloves").then().statusCode(303).extract().header("Location");
    company
        .req()
        .get(location)
        .then()
        .statusCode(200)
        .body(containsString(name))
        .body(containsString("ILAB lists Rubber Gloves from Malaysia: forced labour."))
        .body(containsString("Migrant workers are employed."))
        .body(containsString("Risk level: Critical (score 20 of 25)"))
        .body(containsString("List of Goods 2023, country findings 2022"));

    company
        .req()
        .queryParam("level", "CRITICAL")
        .queryParam("good", "getah")
        .get("/risk/suppliers")
        .then()
        .statusCode(200)
        .body(containsString(name));
    company
        .req()
        .queryParam("level", "LOW")
        .get("/risk/suppliers")
        .then()
        .body(not(containsString(name)));
  }

  @Test
  void badInputIsRefusedAndNothingSaved() {
    Session company = SignIn.session("company");
    add(company, "XX", "rubber_gloves")
        .then()
        .statusCode(400)
        .body(containsString("Choose a country from the list."));
    add(company, "MY", "unobtainium")
        .then()
        .statusCode(400)
        .body(containsString("Choose goods from the list."));
    company.req().get("/risk/suppliers").then().body(not(containsString(name)));
  }

  @Test
  void anotherOrganisationsSupplierIsNotFound() {
    Session company = SignIn.session("company");
    String location =
        add(company, "MY", "rubber_gloves").then().statusCode(303).extract().header("Location");
    String path = location.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
    Session other = SignIn.session("company2");
    other.req().get(path).then().statusCode(404);
    other.req().get(path + "/edit").then().statusCode(404);
    other
        .req()
        .formParam("csrf-token", other.csrfToken())
        .post(path + "/delete")
        .then()
        .statusCode(404);
    other.req().get("/risk/suppliers").then().body(not(containsString(name)));
    SignIn.as("auditor").get(path).then().statusCode(403);
    company.req().get(path).then().statusCode(200);
  }

  @Test
  void aStaleEditIsRefusedAndAnOverrideKeepsItsReason() {
    Session company = SignIn.session("company");
    String location =
        add(company, "MY", "rubber_gloves").then().statusCode(303).extract().header("Location");
    String path = location.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("name", name)
        .formParam("country", "MY")
        .formParam("tier", "1")
        .formParam("goods", "rubber_gloves")
        .formParam("version", "-5")
        .post(path)
        .then()
        .statusCode(409)
        .body(containsString("Someone else saved this supplier"));

    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("level", "MEDIUM")
        .formParam("reason", "")
        .post(path + "/override")
        .then()
        .statusCode(400)
        .body(containsString("Give the reason for the change."));
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("level", "MEDIUM")
        .formParam("reason", "Audited in full last month, agents dropped")
        .post(path + "/override")
        .then()
        .statusCode(303);
    String page = company.req().get(path).then().statusCode(200).extract().asString();
    assertTrue(page.contains("Risk level: Medium"), page);
    assertTrue(page.contains("The screening alone gives: Critical."));
    assertTrue(page.contains("Audited in full last month, agents dropped"));
  }

  private Response add(Session session, String country, String good) {
    return session
        .req()
        .formParam("csrf-token", session.csrfToken())
        .formParam("name", name)
        .formParam("country", country)
        .formParam("tier", "2")
        .formParam("goods", good)
        .formParam("migrantWorkers", "yes")
        .formParam("labourAgents", "yes")
        .post("/risk/suppliers");
  }
}
