package org.complychain.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.organisation.Pages.Form;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The profile's summary of the supplier register (the sourcing form is gone) and the members of
 * Northwind (company) and Kestrel (company2), put back after each.
 */
@QuarkusTest
@DatabaseTest
class SourcingAndMembersTest {

  private OrganisationSnapshot northwind;
  private OrganisationSnapshot kestrel;

  @BeforeEach
  void remember() {
    northwind = OrganisationSnapshot.of("Northwind Apparel Ltd");
    kestrel = OrganisationSnapshot.of("Kestrel Cocoa Trading");
  }

  @AfterEach
  void putBack() {
    northwind.restore();
    kestrel.restore();
  }

  @Test
  void theProfileSummarisesTheRegisterInsteadOfASourcingForm() {
    Form company2 = Pages.form("company2");
    String html = company2.page("/organisation");
    assertFalse(html.contains("action=\"/organisation/sourcing\""), html);
    assertFalse(html.contains("name=\"good\""), html);
    assertTrue(html.contains("href=\"/risk/suppliers\""), html);
    company2
        .post()
        .formParam("country", "GH")
        .formParam("good", "Cocoa beans")
        .post("/organisation/sourcing")
        .then()
        .statusCode(404);

    String name = "Profile summary cocoa " + UUID.randomUUID();
    try {
      company2
          .post()
          .formParam("name", name)
          .formParam("country", "CI")
          .formParam("tier", "1")
          .formParam("goods", "cocoa")
          .post("/risk/suppliers")
          .then()
          .statusCode(303);
      long suppliers =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      org.complychain.risk.Supplier.count(
                          "organisation.name", "Kestrel Cocoa Trading"));
      company2
          .request()
          .get("/organisation")
          .then()
          .body(containsString(suppliers + " supplier(s) in your register"))
          .body(containsString("Côte d’Ivoire"));
    } finally {
      QuarkusTransaction.requiringNew()
          .run(() -> org.complychain.risk.Supplier.delete("name", name));
    }
  }

  @Test
  void tamperedRowIdsAreNotFound() {
    Form company = Pages.form("company");
    company.post().post("/organisation/members/%27%3B--/remove").then().statusCode(404);
    company
        .post()
        .post("/organisation/members/" + kestrelMember() + "/remove")
        .then()
        .statusCode(404);
  }

  @Test
  void anInvitedPersonBecomesAMemberOnlyByAccepting() {
    Form company = Pages.form("company");
    invite(company, " LONER ")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation?done=member-invited#members"));
    company
        .request()
        .get("/organisation?done=member-invited")
        .then()
        .body(containsString("Invitation sent."))
        .body(containsString("Pending invitations"))
        .body(containsString("<span class=\"member-identity\">LONER</span>"));

    Form loner = Pages.form("loner");
    loner.request().get("/organisation").then().statusCode(303);
    String dashboard = loner.page("/dashboard");
    assertTrue(dashboard.contains("company invites you to join Northwind Apparel Ltd."), dashboard);
    loner
        .post()
        .post("/invitations/" + invitationId(dashboard, "accept") + "/accept")
        .then()
        .statusCode(303);
    loner
        .request()
        .get("/organisation")
        .then()
        .statusCode(200)
        .body(containsString("Northwind Apparel Ltd"));
    company
        .request()
        .get("/organisation")
        .then()
        .body(containsString("No invitations are waiting for an answer."))
        .body(containsString("/organisation/members/"));
  }

  @Test
  void anInvitationCanBeDeclinedOrWithdrawnAndIsNobodyElses() {
    Form company = Pages.form("company");
    invite(company, "loner").then().statusCode(303);
    String invitation = invitationId(company.page("/organisation"), "withdraw");

    // Only the invited person can answer; another company user gets 404.
    Pages.form("company3")
        .post()
        .post("/invitations/" + invitation + "/accept")
        .then()
        .statusCode(404);
    Pages.form("company2")
        .post()
        .post("/organisation/invitations/" + invitation + "/withdraw")
        .then()
        .statusCode(404);

    company
        .post()
        .post("/organisation/invitations/" + invitation + "/withdraw")
        .then()
        .statusCode(303)
        .header("Location", endsWith("done=invitation-withdrawn#members"));
    Form loner = Pages.form("loner");
    assertFalse(loner.page("/dashboard").contains("invites you"));

    invite(company, "loner").then().statusCode(303);
    String again = invitationId(loner.page("/dashboard"), "decline");
    loner.post().post("/invitations/" + again + "/decline").then().statusCode(303);
    assertFalse(loner.page("/dashboard").contains("invites you"));
    loner.request().get("/organisation").then().statusCode(303);
  }

  @Test
  void administratorsAndAuditorsCannotBeInvited() {
    Form company = Pages.form("company");
    for (String reserved : new String[] {"admin", "Auditor", "auditor2"}) {
      invite(company, reserved)
          .then()
          .statusCode(400)
          .body(containsString("is an administrator or auditor account"));
    }
    String assigned = "assigned.reviewer." + UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var assignment = new org.complychain.admin.AuditorAssignment();
              assignment.organisation =
                  Organisation.<Organisation>find("name", "Kestrel Cocoa Trading").singleResult();
              assignment.auditor = assigned;
              assignment.createdBy = "admin";
              assignment.persist();
            });
    try {
      invite(company, assigned.toUpperCase())
          .then()
          .statusCode(400)
          .body(containsString("is an administrator or auditor account"));
    } finally {
      QuarkusTransaction.requiringNew()
          .run(() -> org.complychain.admin.AuditorAssignment.delete("auditor", assigned));
    }
    invite(company, "company\u200b")
        .then()
        .statusCode(400)
        .body(containsString("contains invisible characters"));
    invite(company, "\u202eloner").then().statusCode(400);
    // Full-width letters are the same identity once normalised.
    invite(company, "\uff4c\uff4f\uff4e\uff45\uff52").then().statusCode(303);
    assertTrue(
        company.page("/organisation").contains("<span class=\"member-identity\">loner</span>"));
  }

  @Test
  void addingAnExistingMemberSaysSo() {
    Form company = Pages.form("company");
    invite(company, "Company")
        .then()
        .statusCode(400)
        .body(containsString("Company is already a member of this organisation"))
        .body(containsString("value=\"Company\""));
    invite(company, "")
        .then()
        .statusCode(400)
        .body(containsString("Enter the username or e-mail address of the person to add"));
    invite(company, "a".repeat(201))
        .then()
        .statusCode(400)
        .body(containsString("must be 200 characters or fewer"));
  }

  @Test
  void theLastMemberCannotBeRemovedButOthersCan() {
    Form company2 = Pages.form("company2");
    company2
        .post()
        .post("/organisation/members/" + kestrelMember() + "/remove")
        .then()
        .statusCode(400)
        .body(containsString("You cannot remove the last member of the organisation"));
    company2.request().get("/organisation").then().statusCode(200);

    join(company2, "kestrel.buyer@example.com");
    String html = company2.page("/organisation");
    String buyer = Pages.removeIds(html.substring(html.indexOf("kestrel.buyer")), "members").get(0);
    company2.post().post("/organisation/members/" + buyer + "/remove").then().statusCode(303);
    company2.request().get("/organisation").then().body(not(containsString("kestrel.buyer")));
  }

  @Test
  void aMemberWhoLeavesGoesBackToTheDashboard() {
    Form company2 = Pages.form("company2");
    join(company2, "kestrel.successor");
    company2
        .post()
        .post("/organisation/members/" + kestrelMember() + "/remove")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/dashboard"));
    company2
        .request()
        .get("/organisation")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation/new"));
  }

  private static String kestrelMember() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Membership.<Membership>find(
                        "identity = 'company2' and organisation.name = 'Kestrel Cocoa Trading'")
                    .singleResult()
                    .id
                    .toString());
  }

  private static io.restassured.response.Response invite(Form user, String identity) {
    return user.post().formParam("identity", identity).post("/organisation/members");
  }

  /** Invites someone who cannot sign in here, and an administrator confirms the membership. */
  private static void join(Form member, String identity) {
    invite(member, identity).then().statusCode(303);
    String html = member.page("/organisation");
    String invitation = invitationId(html.substring(html.indexOf(identity)), "withdraw");
    String organisation =
        QuarkusTransaction.requiringNew()
            .call(
                () -> Invitation.<Invitation>findById(UUID.fromString(invitation)).organisation.id)
            .toString();
    Pages.form("company")
        .post()
        .post("/admin/organisations/" + organisation + "/invitations/" + invitation + "/confirm")
        .then()
        .statusCode(403);
    Pages.form("admin")
        .post()
        .post("/admin/organisations/" + organisation + "/invitations/" + invitation + "/confirm")
        .then()
        .statusCode(303)
        .header("Location", endsWith("done=invitation-confirmed#members"));
  }

  /** The first invitation id in the page's accept, decline or withdraw buttons. */
  private static String invitationId(String html, String action) {
    Matcher m = Pattern.compile("/invitations/([0-9a-f-]{36})/" + action).matcher(html);
    if (!m.find()) {
      throw new AssertionError("no " + action + " button on the page");
    }
    return m.group(1);
  }
}
