package org.complychain.review;

import static org.complychain.review.ReviewFixtures.LARKSPUR;
import static org.complychain.review.ReviewFixtures.decide;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What was frozen stays as it was: the database refuses to rewrite a version's snapshot, hash or
 * stored document, and a row that does not match its hash anyway (restored from a bad backup,
 * written around the app) is never decided on or served.
 */
@QuarkusTest
@DatabaseTest
class VersionIntegrityTest {

  private static final String SNAPSHOT = "{\"answers\":{},\"actions\":{}}";

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void aSnapshotThatNoLongerMatchesItsHashIsNotApproved() {
    UUID plan = plan("Tampered snapshot plan");
    UUID version = version(plan, 1, "SUBMITTED", "0".repeat(64), null, null);
    Session auditor = SignIn.session("auditor");
    decide(auditor, version.toString(), "APPROVED", "", 0)
        .then()
        .statusCode(409)
        .body(containsString("does not match the fingerprint"));
    assertEquals("SUBMITTED", status(version), "nothing was decided");
    auditor.req().get("/audit/versions/" + version + "/submitted.pdf").then().statusCode(409);
  }

  @Test
  void aStoredDocumentThatNoLongerMatchesItsHashIsNotServed() {
    UUID plan = plan("Tampered document plan");
    version(plan, 1, "APPROVED", Snapshot.sha256(SNAPSHOT), new byte[] {1, 2, 3}, "a".repeat(64));
    SignIn.session("company3")
        .req()
        .get("/plans/" + plan + "/versions/1/pdf")
        .then()
        .statusCode(409)
        .body(containsString("does not match the fingerprint"));
  }

  @Test
  void theDatabaseRefusesToRewriteWhatWasFrozen() {
    UUID plan = plan("Frozen rows plan");
    byte[] pdf = {4, 5, 6};
    UUID approved =
        version(plan, 1, "APPROVED", Snapshot.sha256(SNAPSHOT), pdf, Snapshot.sha256(pdf));
    UUID submitted = version(plan, 2, "SUBMITTED", Snapshot.sha256(SNAPSHOT), null, null);
    assertThrows(Exception.class, () -> update("snapshot = '{}'", submitted));
    assertThrows(Exception.class, () -> update("sha256 = repeat('1', 64)", submitted));
    assertThrows(Exception.class, () -> update("pdf = '\\x00'::bytea", approved));
    assertThrows(Exception.class, () -> update("pdf_sha256 = repeat('1', 64)", approved));
    // Not approved: no document may be stored yet.
    assertThrows(Exception.class, () -> update("pdf = '\\x00'::bytea", submitted));
    // The decision itself still goes through, and storing the approved document once.
    update("status = 'APPROVED', pdf = '\\x01'::bytea, pdf_sha256 = repeat('2', 64)", submitted);
    assertEquals("APPROVED", status(submitted));
  }

  private void update(String set, UUID version) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("update plan_version set " + set + " where id = ?1")
                    .setParameter(1, version)
                    .executeUpdate());
  }

  private String status(UUID version) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery("select status from plan_version where id = ?1")
                        .setParameter(1, version)
                        .getSingleResult());
  }

  private UUID plan(String title) {
    UUID plan = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into plan (id, organisation_id, title, period_start, period_end,"
                            + " content_version, created_at, created_by, version) values (?1, ?2,"
                            + " ?3, date '2027-01-01', date '2027-12-31', 'test', now(),"
                            + " 'company3', 0)")
                    .setParameter(1, plan)
                    .setParameter(2, LARKSPUR)
                    .setParameter(3, title)
                    .executeUpdate());
    return plan;
  }

  /** A version row written directly, as a restore or a script would, with the given hashes. */
  private UUID version(
      UUID plan, int number, String status, String sha256, byte[] pdf, String pdfSha256) {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into plan_version (id, plan_id, number, status, snapshot, sha256,"
                          + " submitted_at, submitted_by, pdf_language, decided_at) values (?1,"
                          + " ?2, ?3, ?4, ?5, ?6, now(), 'company3', 'en', now())")
                  .setParameter(1, id)
                  .setParameter(2, plan)
                  .setParameter(3, number)
                  .setParameter(4, status)
                  .setParameter(5, SNAPSHOT)
                  .setParameter(6, sha256)
                  .executeUpdate();
              if (pdf != null) {
                // Written with the trigger's one allowance: a document stored once on approval.
                em.createNativeQuery(
                        "update plan_version set pdf = ?2, pdf_sha256 = ?3 where id = ?1")
                    .setParameter(1, id)
                    .setParameter(2, pdf)
                    .setParameter(3, pdfSha256)
                    .executeUpdate();
              }
            });
    return id;
  }
}
