package org.complychain.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.Test;

@QuarkusTest
@DatabaseTest
class DashboardTest {

  @Test
  void aCompanyMemberSeesTheirRoleAndOrganisation() {
    SignIn.as("company")
        .get("/dashboard")
        .then()
        .statusCode(200)
        .body(containsString("Welcome, company"))
        .body(containsString("Company member"))
        .body(containsString("Northwind Apparel Ltd"))
        .body(not(containsString("Kestrel Cocoa Trading")));
  }

  @Test
  void membersOfTheSecondOrganisationSeeTheirOwn() {
    SignIn.as("company2")
        .get("/dashboard")
        .then()
        .body(containsString("Kestrel Cocoa Trading"))
        .body(not(containsString("Northwind Apparel Ltd")));
  }

  @Test
  void aCompanyUserWithoutOrganisationIsToldSo() {
    SignIn.as("loner")
        .header("Accept-Language", "ms")
        .get("/dashboard")
        .then()
        .statusCode(200)
        .body(containsString("Anda belum menyertai mana-mana organisasi"));
  }

  @Test
  void anAuditorSeesTheReviewLinkAndNoOrganisationWarning() {
    SignIn.as("auditor")
        .get("/dashboard")
        .then()
        .body(containsString("Auditor"))
        .body(containsString("href=\"/audit\""))
        .body(not(containsString("You are not part of an organisation")));
  }

  @Test
  void anAdminSeesTheOrganisationsOfTheInstance() {
    SignIn.as("admin")
        .get("/admin")
        .then()
        .statusCode(200)
        .body(containsString("Northwind Apparel Ltd"))
        .body(containsString("Kestrel Cocoa Trading"));
  }
}
