package org.complychain.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DatabaseTest
class HealthTest {

  @Test
  void readinessIncludesTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(containsString("Database connections health check"));
  }

  @Test
  void metricsAreServedToAdministrators() {
    SignIn.as("admin")
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests"));
  }
}
