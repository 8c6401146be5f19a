package org.complychain.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.complychain.organisation.Pages.Form;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Creating an organisation as {@code loner}, the company user without one. Other tests expect loner
 * to have no organisation, so each test here removes the organisations it created.
 */
@QuarkusTest
@DatabaseTest
class OrganisationCreationTest {

  @AfterEach
  void lonerHasNoOrganisationAgain() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Organisation.delete(
                    "id in (select m.organisation.id from Membership m"
                        + " where lower(m.identity) = 'loner')"));
  }

  @Test
  void aCompanyUserWithoutOrganisationCreatesOneAndBecomesItsFirstMember() {
    Form loner = Pages.form("loner");
    loner
        .request()
        .get("/organisation")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation/new"));
    loner
        .request()
        .get("/organisation/new")
        .then()
        .statusCode(200)
        .body(containsString("Set up your organisation"))
        .body(containsString("<option value=\"GH\">Ghana</option>"))
        .body(containsString("<option value=\"VERY_LARGE\">1,000 or more</option>"));

    String name = "Loner Logistics " + UUID.randomUUID();
    loner
        .post()
        .formParam("name", "  " + name + "  ")
        .formParam("country", "GH")
        .formParam("sector", "FOOD_BEVERAGE")
        .formParam("size", "")
        .post("/organisation/new")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/dashboard"));

    loner.request().get("/dashboard").then().statusCode(200).body(containsString(name));
    loner
        .request()
        .get("/organisation")
        .then()
        .statusCode(200)
        .body(containsString("value=\"" + name + "\""))
        .body(containsString("<option value=\"GH\" selected>Ghana</option>"))
        .body(containsString("<option value=\"FOOD_BEVERAGE\" selected>"))
        .body(containsString("<span class=\"member-identity\">loner</span>"))
        .body(containsString("Your profile is not complete yet"));
    loner
        .request()
        .get("/organisation/new")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation"));
  }

  @Test
  void withoutALegalNameNothingIsCreatedAndTheInputIsKept() {
    Form loner = Pages.form("loner");
    loner
        .post()
        .formParam("name", "   ")
        .formParam("country", "ZZ")
        .formParam("products", "Cocoa powder")
        .post("/organisation/new")
        .then()
        .statusCode(400)
        .body(containsString("role=\"alert\""))
        .body(containsString("<a href=\"#name\">Enter the legal name of your organisation</a>"))
        .body(containsString("<a href=\"#country\">Choose a country from the list</a>"))
        .body(containsString("id=\"name-error\""))
        .body(containsString(">Cocoa powder</textarea>"));
    loner
        .request()
        .get("/organisation")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation/new"));
  }

  @Test
  void errorsAreInThePageLanguage() {
    Form loner = Pages.form("loner");
    loner
        .post()
        .header("Accept-Language", "ms")
        .formParam("name", "")
        .post("/organisation/new")
        .then()
        .statusCode(400)
        .body(containsString("Terdapat masalah"))
        .body(containsString("Masukkan nama berdaftar organisasi anda"));
  }

  @Test
  void aMemberCannotCreateASecondOrganisation() {
    String name = "Second Northwind " + UUID.randomUUID();
    Pages.form("company")
        .post()
        .formParam("name", name)
        .post("/organisation/new")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/organisation"));
    assertEquals(
        0L, QuarkusTransaction.requiringNew().call(() -> Organisation.count("name", name)));
    Pages.form("company")
        .request()
        .get("/organisation")
        .then()
        .body(containsString("Northwind Apparel Ltd"))
        .body(not(containsString(name)));
  }
}
