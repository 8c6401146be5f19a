package org.complychain.risk;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.Test;

/** The demo's Northwind starts with a screened register; Kestrel's stays its own. */
@QuarkusTest
@DatabaseTest
class DemoSuppliersTest {

  @Test
  void northwindSeesItsScreenedSuppliers() {
    SignIn.as("company")
        .queryParam("level", "CRITICAL")
        .get("/risk/suppliers")
        .then()
        .statusCode(200)
        .body(containsString("Klang Glove Industries Sdn Bhd"))
        .body(containsString("Shenzhen Bright Electronics"));
    SignIn.as("company")
        .queryParam("good", "koko")
        .get("/risk/suppliers")
        .then()
        .body(containsString("Abidjan Cocoa Cooperative"));
    SignIn.as("company2")
        .get("/risk/suppliers")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.not(containsString("Klang Glove")));
  }
}
