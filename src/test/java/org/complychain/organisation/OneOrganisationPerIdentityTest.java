package org.complychain.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/** Nobody can pull a member of another organisation into theirs. */
@QuarkusTest
@DatabaseTest
class OneOrganisationPerIdentityTest {

  @Test
  void aMemberOfAnotherOrganisationCannotBeAdded() {
    Session company2 = SignIn.session("company2");
    company2
        .req()
        .formParam("csrf-token", company2.csrfToken())
        .formParam("identity", "COMPANY")
        .post("/organisation/members")
        .then()
        .statusCode(400)
        .body(containsString("already belongs to another organisation"));
    SignIn.as("company")
        .get("/dashboard")
        .then()
        .body(containsString("Northwind Apparel Ltd"))
        .body(not(containsString("Kestrel Cocoa Trading")));
  }
}
