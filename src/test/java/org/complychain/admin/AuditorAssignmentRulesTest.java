package org.complychain.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.complychain.security.KnownIdentity;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Only someone who can audit is assigned as an auditor: company members are refused, identities
 * that signed in without the auditor role too, and a username nobody has signed in with is assigned
 * with a warning.
 */
@QuarkusTest
@DatabaseTest
class AuditorAssignmentRulesTest {

  private final TestOrganisations organisations = new TestOrganisations();

  @AfterEach
  void cleanUp() {
    organisations.removeAll();
  }

  @Test
  void aCompanyMemberIsNotAssignedAsAuditor() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Mill")));
    admin
        .assignAuditor(org, "COMPANY2")
        .then()
        .statusCode(400)
        .body(containsString("COMPANY2 is a member of an organisation"))
        .body(not(containsString("Auditor assigned.")));
    assertEquals(List.of(), admin.removeIds(org, "auditors"));
  }

  @Test
  void anIdentityThatSignedInWithoutTheAuditorRoleIsNotAssigned() {
    SignIn.as("loner").get("/dashboard").then().statusCode(200);
    awaitKnown("loner");
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Kiln")));
    admin
        .assignAuditor(org, "Loner")
        .then()
        .statusCode(400)
        .body(containsString("Loner has signed in, but without the auditor role"));
    assertEquals(List.of(), admin.removeIds(org, "auditors"));
  }

  @Test
  void anAuditorWhoSignedInIsAssignedWithoutAWarning() {
    SignIn.as("auditor2").get("/audit").then().statusCode(200);
    awaitKnown("auditor2");
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Loom")));
    admin
        .assignAuditor(org, "auditor2")
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=auditor-added#auditors"));
    admin
        .request()
        .get("/admin/organisations/" + org + "?done=auditor-added")
        .then()
        .body(containsString("Auditor assigned."))
        .body(not(containsString("has not signed in yet")));
  }

  @Test
  void aUsernameNobodySignedInWithIsAssignedWithAWarning() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Mint")));
    String unknown = "nobody-" + UUID.randomUUID();
    admin
        .assignAuditor(org, unknown)
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=auditor-unseen#auditors"));
    admin
        .request()
        .get("/admin/organisations/" + org + "?done=auditor-unseen")
        .then()
        .body(containsString("Auditor assigned, but nobody has signed in with this username yet"))
        .body(containsString("has not signed in yet"));
  }

  @Test
  void aSignInIsRecordedWithItsRoles() {
    SignIn.as("company3").get("/dashboard").then().statusCode(200);
    KnownIdentity known = awaitKnown("COMPANY3");
    assertEquals("company", known.roles);
  }

  /** The sign-in is recorded asynchronously, just after the request. */
  private static KnownIdentity awaitKnown(String identity) {
    long until = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < until) {
      KnownIdentity known =
          QuarkusTransaction.requiringNew().call(() -> KnownIdentity.of(identity).orElse(null));
      if (known != null) {
        return known;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertTrue(false, identity + " was never recorded");
    return null;
  }
}
