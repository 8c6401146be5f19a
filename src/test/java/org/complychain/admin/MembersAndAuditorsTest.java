package org.complychain.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The administrator adds and removes the members and auditors of an organisation. */
@QuarkusTest
@DatabaseTest
class MembersAndAuditorsTest {

  private final TestOrganisations organisations = new TestOrganisations();

  @AfterEach
  void cleanUp() {
    organisations.removeAll();
  }

  @Test
  void anAdminAddsAndRemovesAMember() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Quay")));
    admin
        .addMember(org, "  Buyer@Example.com ")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/organisations/" + org + "?done=member-added#members"));
    admin
        .request()
        .get("/admin/organisations/" + org + "?done=member-added")
        .then()
        .body(containsString("Member added."))
        .body(containsString("<span class=\"member-identity\">Buyer@Example.com</span>"))
        .body(not(containsString("This organisation has no members yet.")));

    String member = admin.removeIds(org, "members").get(0);
    admin
        .remove(org, "members", member)
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=member-removed#members"));
    admin
        .request()
        .get("/admin/organisations/" + org + "?done=member-removed")
        .then()
        .body(containsString("Member removed."))
        .body(not(containsString("Buyer@Example.com")))
        .body(containsString("This organisation has no members yet."));
  }

  @Test
  void aMemberAddedByTheAdminSeesTheOrganisation() {
    AdminForms admin = AdminForms.signIn("admin");
    String name = TestOrganisations.uniqueName("Lighthouse Foods");
    String org = organisations.track(admin.createOrganisation(name));
    admin.addMember(org, "LONER").then().statusCode(303);
    SignIn.as("loner").get("/dashboard").then().statusCode(200).body(containsString(name));

    admin.remove(org, "members", admin.removeIds(org, "members").get(0)).then().statusCode(303);
    SignIn.as("loner").get("/dashboard").then().body(not(containsString(name)));
  }

  @Test
  void anIdentityIsAMemberOnceInAnyCase() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Pier")));
    admin.addMember(org, "Ops@Example.com").then().statusCode(303);
    admin
        .addMember(org, " ops@example.COM ")
        .then()
        .statusCode(400)
        .body(
            containsString(
                "<a href=\"#member\">ops@example.COM is already a member of this organisation</a>"))
        .body(containsString("value=\" ops@example.COM \""));
    assertEquals(1, admin.removeIds(org, "members").size());
  }

  @Test
  void aMemberNeedsAnIdentityOfAtMost200Characters() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Dock")));
    admin
        .addMember(org, " \t ")
        .then()
        .statusCode(400)
        .body(
            containsString(
                "<a href=\"#member\">Enter the username or e-mail address of the person to add</a>"));
    String tooLong = "m".repeat(201);
    admin
        .addMember(org, tooLong)
        .then()
        .statusCode(400)
        .body(containsString("The username or e-mail address must be 200 characters or fewer"))
        .body(containsString("id=\"member\" name=\"identity\" type=\"text\" value=\"" + tooLong));
    admin.addMember(org, "m".repeat(200)).then().statusCode(303);
    assertEquals(1, admin.removeIds(org, "members").size());
  }

  @Test
  void anAdminAssignsAndUnassignsAnAuditor() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Mill")));
    String auditor = "Reviewer-" + UUID.randomUUID();
    admin
        .assignAuditor(org, " " + auditor + " ")
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=auditor-unseen#auditors"));
    admin
        .request()
        .get("/admin/organisations/" + org + "?done=auditor-unseen")
        .then()
        .body(containsString("Auditor assigned, but nobody has signed in"))
        .body(containsString("<span class=\"member-identity\">" + auditor + "</span>"));
    assertTrue(assigned(auditor.toLowerCase(), org), "matched without regard to case");
    assertEquals(List.of(UUID.fromString(org)), organisationsOf(auditor.toUpperCase()));

    admin
        .remove(org, "auditors", admin.removeIds(org, "auditors").get(0))
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=auditor-removed#auditors"));
    admin
        .request()
        .get("/admin/organisations/" + org + "?done=auditor-removed")
        .then()
        .body(containsString("The auditor is no longer assigned."))
        .body(containsString("No auditor is assigned to this organisation yet."));
    assertFalse(assigned(auditor, org));
    assertEquals(List.of(), organisationsOf(auditor));
  }

  @Test
  void anAuditorIsAssignedToAnOrganisationOnceInAnyCase() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Barn")));
    String auditor = "Checker-" + UUID.randomUUID();
    admin.assignAuditor(org, auditor).then().statusCode(303);
    admin
        .assignAuditor(org, auditor.toUpperCase())
        .then()
        .statusCode(400)
        .body(
            containsString(
                auditor.toUpperCase() + " is already assigned to this organisation</a>"));
    assertEquals(1, admin.removeIds(org, "auditors").size());

    String other =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Silo")));
    admin.assignAuditor(other, auditor).then().statusCode(303);
    assertEquals(2, organisationsOf(auditor).size());
  }

  @Test
  void anAuditorNeedsAUsernameOfAtMost200Characters() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Wharf")));
    admin
        .assignAuditor(org, "")
        .then()
        .statusCode(400)
        .body(
            containsString("<a href=\"#auditor\">Enter the username of the auditor to assign</a>"))
        .body(containsString("id=\"auditor-error\""));
    admin
        .assignAuditor(org, "a".repeat(201))
        .then()
        .statusCode(400)
        .body(containsString("The username or e-mail address must be 200 characters or fewer"));
    assertEquals(List.of(), admin.removeIds(org, "auditors"));
  }

  @Test
  void rowsOfAnotherOrganisationAreNotFound() {
    AdminForms admin = AdminForms.signIn("admin");
    TestOrganisations.Fixture fixture = organisations.fixture();
    String other =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Yard")));

    admin.remove(other, "members", fixture.member()).then().statusCode(404);
    admin.remove(other, "auditors", fixture.assignment()).then().statusCode(404);
    admin.remove(other, "members", fixture.assignment()).then().statusCode(404);
    admin.remove(fixture.id(), "members", "not-a-uuid").then().statusCode(404);
    admin.remove(fixture.id(), "auditors", UUID.randomUUID().toString()).then().statusCode(404);
    assertTrue(TestOrganisations.intact(fixture));
  }

  @Test
  void theSeededOrganisationsMembersAreShown() {
    AdminForms admin = AdminForms.signIn("admin");
    String html = admin.page("/admin");
    int at = html.indexOf("\">Kestrel Cocoa Trading</a>");
    String kestrel = html.substring(at - 36, at);
    admin
        .request()
        .get("/admin/organisations/" + kestrel)
        .then()
        .statusCode(200)
        .body(containsString("<h1>Kestrel Cocoa Trading</h1>"))
        .body(containsString("<span class=\"member-identity\">company2</span>"));
  }

  private static boolean assigned(String auditor, String organisation) {
    return QuarkusTransaction.requiringNew()
        .call(() -> AuditorAssignment.isAssigned(auditor, UUID.fromString(organisation)));
  }

  private static List<UUID> organisationsOf(String auditor) {
    return QuarkusTransaction.requiringNew().call(() -> AuditorAssignment.organisationsOf(auditor));
  }
}
