package org.complychain.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/** Paging, the supplier screening, the OpenAPI document and the headers of JSON answers. */
@QuarkusTest
@DatabaseTest
class ApiListTest {

  @Test
  void suppliersComeWithTheirScreenedRiskLevel() {
    // The demo seeds Northwind's register already screened.
    SignIn.session("company")
        .req()
        .get("/api/v1/suppliers")
        .then()
        .statusCode(200)
        .body("total", greaterThan(0))
        .body("items[0]", hasKey("riskLevel"))
        .body("items[0]", hasKey("goods"))
        .body("items[0].country", org.hamcrest.Matchers.matchesPattern("[A-Z]{2}"))
        .body("items.riskLevel", everyItem(isIn(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"))));
  }

  @Test
  void aLimitAboveTheCapIsCutAndAnOffsetPastTheEndIsEmpty() {
    Session company = SignIn.session("company");
    company
        .req()
        .get("/api/v1/suppliers?limit=5000")
        .then()
        .statusCode(200)
        .body("limit", equalTo(PageRequest.MAX_LIMIT))
        .body("items.size()", lessThanOrEqualTo(PageRequest.MAX_LIMIT));
    int total = company.req().get("/api/v1/suppliers?limit=1").then().extract().path("total");
    company
        .req()
        .get("/api/v1/suppliers?limit=1")
        .then()
        .body("items.size()", equalTo(1))
        .body("limit", equalTo(1));
    company
        .req()
        .get("/api/v1/suppliers?offset=" + total)
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("total", equalTo(total))
        .body("offset", equalTo(total));
    company
        .req()
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("limit", equalTo(PageRequest.DEFAULT_LIMIT))
        .body("offset", equalTo(0));
  }

  @Test
  void pagesThatAreNoCountsAreRefusedWith400InJson() {
    Session company = SignIn.session("company");
    for (String query :
        new String[] {"limit=0", "limit=abc", "offset=-1", "offset=1.5", "limit=9999999999"}) {
      company
          .req()
          .get("/api/v1/plans?" + query)
          .then()
          .statusCode(400)
          .contentType(containsString("application/json"))
          .body("error", equalTo("bad_request"));
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheApiAndNothingElse() {
    String document =
        org.complychain.support.SignIn.as(null)
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .body("info.title", equalTo("Comply Chain API"))
            .body("paths", hasKey("/api/v1/plans"))
            .body("paths", hasKey("/api/v1/plans/{plan}"))
            .body("paths", hasKey("/api/v1/plans/{plan}/versions"))
            .body("paths", hasKey("/api/v1/plans/{plan}/actions"))
            .body("paths", hasKey("/api/v1/suppliers"))
            .body("paths", not(hasKey("/dashboard")))
            .body("paths", not(hasKey("/plans/{plan}")))
            .body("paths.'/api/v1/plans'.get.description", containsString("auditor"))
            .extract()
            .asString();
    org.junit.jupiter.api.Assertions.assertFalse(
        document.contains("\"/audit"), "the HTML pages are not in the document");
  }

  @Test
  void jsonAnswersCarryTheSecurityHeadersAndAreNeverCached() {
    SignIn.session("company")
        .req()
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }
}
