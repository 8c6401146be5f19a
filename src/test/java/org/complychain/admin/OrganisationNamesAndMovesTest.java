package org.complychain.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Organisation names are unique in any case or accents; the administrator renames and moves. */
@QuarkusTest
@DatabaseTest
class OrganisationNamesAndMovesTest {

  private final TestOrganisations organisations = new TestOrganisations();

  @AfterEach
  void cleanUp() {
    organisations.removeAll();
  }

  @Test
  void aSecondOrganisationWithTheSameNameInOtherCaseOrAccentsIsRefused() {
    AdminForms admin = AdminForms.signIn("admin");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    organisations.track(admin.createOrganisation("Café Andino " + suffix));
    admin
        .create("  CAFE   andino " + suffix.toUpperCase())
        .then()
        .statusCode(400)
        .body(containsString("An organisation called Café Andino " + suffix + " already exists"))
        .body(containsString("value=\"  CAFE   andino " + suffix.toUpperCase()));
    assertEquals(0, TestOrganisations.countNamed("CAFE andino " + suffix.toUpperCase()));
  }

  @Test
  void anAdminRenamesAnOrganisationButNotToAnotherOnesName() {
    AdminForms admin = AdminForms.signIn("admin");
    String taken = TestOrganisations.uniqueName("Société Générale du Cacao");
    organisations.track(admin.createOrganisation(taken));
    String org = organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Old")));
    String renamed = TestOrganisations.uniqueName("New Name Ltd");

    admin
        .post()
        .formParam("name", " " + renamed + " ")
        .post("/admin/organisations/" + org + "/name")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/organisations/" + org + "?done=renamed"));
    admin
        .request()
        .get("/admin/organisations/" + org + "?done=renamed")
        .then()
        .body(containsString("Organisation renamed."))
        .body(containsString("<h1>" + renamed + "</h1>"));

    admin
        .post()
        .formParam("name", taken.toUpperCase().replace("É", "E"))
        .post("/admin/organisations/" + org + "/name")
        .then()
        .statusCode(400)
        .body(containsString("An organisation called " + taken + " already exists"))
        .body(containsString("<h1>" + renamed + "</h1>"));
    assertEquals(1, TestOrganisations.countNamed(renamed));

    admin
        .post()
        .formParam("name", renamed.toLowerCase())
        .post("/admin/organisations/" + org + "/name")
        .then()
        .statusCode(303);
    assertEquals(1, TestOrganisations.countNamed(renamed.toLowerCase()), "its own name is free");
    admin
        .post()
        .formParam("name", "")
        .post("/admin/organisations/" + org + "/name")
        .then()
        .statusCode(400)
        .body(containsString("Enter the legal name of the organisation"));
  }

  @Test
  void anAdminMovesAMemberToAnotherOrganisation() {
    AdminForms admin = AdminForms.signIn("admin");
    String from =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("From")));
    String to = organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("To")));
    String identity = "mover-" + UUID.randomUUID();
    admin.addMember(from, identity).then().statusCode(303);
    String member = admin.removeIds(from, "members").get(0);

    admin
        .post()
        .formParam("to", UUID.randomUUID().toString())
        .post("/admin/organisations/" + from + "/members/" + member + "/move")
        .then()
        .statusCode(404);
    admin
        .post()
        .formParam("to", from)
        .post("/admin/organisations/" + from + "/members/" + member + "/move")
        .then()
        .statusCode(404);
    admin
        .post()
        .formParam("to", to)
        .post("/admin/organisations/" + from + "/members/" + member + "/move")
        .then()
        .statusCode(303)
        .header("Location", endsWith("?done=member-moved#members"));

    admin
        .request()
        .get("/admin/organisations/" + from + "?done=member-moved")
        .then()
        .body(containsString("Member moved to the other organisation."))
        .body(not(containsString(identity)));
    admin
        .request()
        .get("/admin/organisations/" + to)
        .then()
        .body(containsString("<span class=\"member-identity\">" + identity + "</span>"));
  }

  @Test
  void theMemberElsewhereMessagePointsToTheMoveThatExists() {
    AdminForms admin = AdminForms.signIn("admin");
    String org =
        organisations.track(admin.createOrganisation(TestOrganisations.uniqueName("Quay")));
    admin
        .addMember(org, "company")
        .then()
        .statusCode(400)
        .body(containsString("move them here with “Move to” beside their name"));
    String html = admin.page("/admin/organisations/" + org);
    assertFalse(html.contains("ask an administrator"));
  }
}
