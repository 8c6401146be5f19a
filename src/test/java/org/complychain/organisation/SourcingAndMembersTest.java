package org.complychain.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.complychain.organisation.Pages.Form;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sourcing rows and members of Northwind (company) and Kestrel (company2), put back after each. */
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
  void aMemberAddsAndRemovesASourcingRow() {
    Form company = Pages.form("company");
    String good = "Cotton lint " + UUID.randomUUID();
    addSourcing(company, "UZ", "  " + good + " ")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation?done=sourcing-added#sourcing"));
    company
        .request()
        .get("/organisation")
        .then()
        .body(containsString("<td>" + good + "</td>"))
        .body(containsString("<td>Uzbekistan</td>"));

    company
        .post()
        .post("/organisation/sourcing/" + Pages.sourcingId(company, good) + "/remove")
        .then()
        .statusCode(303);
    company.request().get("/organisation").then().body(not(containsString(good)));
  }

  @Test
  void theSameGoodFromTheSameCountryIsListedOnce() {
    Form company = Pages.form("company");
    String good = "Cocoa beans " + UUID.randomUUID();
    addSourcing(company, "GH", good).then().statusCode(303);
    addSourcing(company, "GH", good.toUpperCase())
        .then()
        .statusCode(400)
        .body(containsString("This good from this country is already on the list"));
    addSourcing(company, "CI", good).then().statusCode(303);
  }

  @Test
  void aSourcingRowNeedsAGoodAndAKnownCountry() {
    Form company = Pages.form("company");
    addSourcing(company, "XX", "")
        .then()
        .statusCode(400)
        .body(containsString("<a href=\"#good\">Enter the good or raw material</a>"))
        .body(
            containsString(
                "<a href=\"#sourcing-country\">Choose the country the good comes from</a>"));
    String tooLong = "g".repeat(201);
    addSourcing(company, "GH", tooLong)
        .then()
        .statusCode(400)
        .body(containsString("The good must be 200 characters or fewer"))
        .body(containsString("value=\"" + tooLong + "\""));
    company.request().get("/organisation").then().body(not(containsString(tooLong)));
  }

  @Test
  void aSourcingRowOfAnotherOrganisationIsNotFound() {
    Form company = Pages.form("company");
    String good = "Tin ore " + UUID.randomUUID();
    addSourcing(company, "ID", good).then().statusCode(303);
    String id = Pages.sourcingId(company, good);

    Form company2 = Pages.form("company2");
    company2.post().post("/organisation/sourcing/" + id + "/remove").then().statusCode(404);
    company2
        .request()
        .get("/organisation")
        .then()
        .statusCode(200)
        .body(not(containsString(good)))
        .body(not(containsString(id)));
    company.request().get("/organisation").then().body(containsString(good));
  }

  @Test
  void tamperedRowIdsAreNotFound() {
    Form company = Pages.form("company");
    company.post().post("/organisation/sourcing/not-a-uuid/remove").then().statusCode(404);
    company
        .post()
        .post("/organisation/sourcing/" + UUID.randomUUID() + "/remove")
        .then()
        .statusCode(404);
    company.post().post("/organisation/members/%27%3B--/remove").then().statusCode(404);
    company
        .post()
        .post("/organisation/members/" + kestrelMember() + "/remove")
        .then()
        .statusCode(404);
  }

  @Test
  void anAddedMemberSeesTheOrganisation() {
    Form company = Pages.form("company");
    addMember(company, " LONER ")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation?done=member-added#members"));
    company
        .request()
        .get("/organisation?done=member-added")
        .then()
        .body(containsString("Member added."))
        .body(containsString("<span class=\"member-identity\">LONER</span>"));
    Pages.form("loner")
        .request()
        .get("/organisation")
        .then()
        .statusCode(200)
        .body(containsString("Northwind Apparel Ltd"));
  }

  @Test
  void addingAnExistingMemberSaysSo() {
    Form company = Pages.form("company");
    addMember(company, "Company")
        .then()
        .statusCode(400)
        .body(containsString("Company is already a member of this organisation"))
        .body(containsString("value=\"Company\""));
    addMember(company, "")
        .then()
        .statusCode(400)
        .body(containsString("Enter the username or e-mail address of the person to add"));
    addMember(company, "a".repeat(201))
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

    addMember(company2, "kestrel.buyer@example.com").then().statusCode(303);
    String html = company2.page("/organisation");
    String buyer = Pages.removeIds(html.substring(html.indexOf("kestrel.buyer")), "members").get(0);
    company2.post().post("/organisation/members/" + buyer + "/remove").then().statusCode(303);
    company2.request().get("/organisation").then().body(not(containsString("kestrel.buyer")));
  }

  @Test
  void aMemberWhoLeavesGoesBackToTheDashboard() {
    Form company2 = Pages.form("company2");
    addMember(company2, "kestrel.successor").then().statusCode(303);
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

  private static io.restassured.response.Response addSourcing(
      Form user, String country, String good) {
    return user.post()
        .formParam("country", country)
        .formParam("good", good)
        .post("/organisation/sourcing");
  }

  private static io.restassured.response.Response addMember(Form user, String identity) {
    return user.post().formParam("identity", identity).post("/organisation/members");
  }
}
