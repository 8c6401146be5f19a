package org.complychain.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.Test;

/** What administrators do is kept in the database and listed for them, newest first. */
@QuarkusTest
@DatabaseTest
class AdminHistoryTest {

  @Inject EntityManager em;

  @Test
  void everyAdministratorChangeIsKeptWithWhoWhatWhichOrganisationAndWhen() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    AdminForms admin = AdminForms.signIn("admin");
    String org = admin.createOrganisation("Heron Mills " + tag);
    admin.addMember(org, "heron-" + tag).then().statusCode(303);
    admin.assignAuditor(org, "reviewer-" + tag).then().statusCode(303);
    admin
        .post()
        .formParam("name", "Heron Mills Group " + tag)
        .post("/admin/organisations/" + org + "/name")
        .then()
        .statusCode(303);
    admin.remove(org, "members", admin.removeIds(org, "members").get(0)).then().statusCode(303);

    List<?> kinds =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(
                            "select kind from admin_action where organisation_id = ?1"
                                + " and actor = 'admin' and at is not null order by at")
                        .setParameter(1, UUID.fromString(org))
                        .getResultList());
    assertEquals(
        List.of(
            "ORGANISATION_CREATED",
            "MEMBER_ADDED",
            "AUDITOR_ASSIGNED",
            "ORGANISATION_RENAMED",
            "MEMBER_REMOVED"),
        kinds);

    String page = admin.page("/admin/history");
    int removed = page.indexOf("Removed heron-" + tag + " from the members");
    int renamed = page.indexOf("Renamed it (formerly Heron Mills " + tag + ")");
    int created = page.indexOf("Created the organisation");
    assertTrue(removed > 0 && removed < renamed && renamed < created, "newest first");
    String spanish =
        admin
            .request()
            .header("Accept-Language", "es")
            .get("/admin/history?page=-2")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(spanish.contains("Asignó a reviewer-" + tag + " como auditor"), "in Spanish");
    SignIn.as("company").get("/admin/history").then().statusCode(403);
  }
}
