package org.complychain.evidence;

import static org.complychain.evidence.EvidenceUploads.fileId;
import static org.complychain.evidence.EvidenceUploads.uploadFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.review.ReviewFixtures;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence through a plan's life: attached, flagged when expired, detached, frozen by a submission,
 * opened and commented on by the assigned auditor, and out of everyone else's reach. Uses the
 * review tests' organisation (Larkspur Review Co, member company3, auditor assigned).
 */
@QuarkusTest
@DatabaseTest
class EvidenceReviewTest {

  private static final List<String> WHO =
      List.of("anonymous", "company3", "company", "auditor", "auditor2", "admin");

  @Inject EntityManager em;

  @BeforeEach
  void larkspur() {
    ReviewFixtures.organisation(em);
  }

  @Test
  void evidenceIsAttachedFlaggedFrozenAndOpenedByTheAssignedAuditorOnly() throws Exception {
    Session owner = SignIn.session("company3");
    String plan = ReviewFixtures.completedPlan(owner, "Evidence plan " + UUID.randomUUID());
    String planId = plan.substring("/plans/".length());

    byte[] expiredBytes = EvidenceSamples.pdf();
    owner
        .req()
        .multiPart("csrf-token", owner.csrfToken())
        .multiPart("title", "Old audit report")
        .multiPart("kind", "AUDIT_REPORT")
        .multiPart("expires", LocalDate.now().minusDays(3).toString())
        .multiPart("plan", planId)
        .multiPart("question", "e1.q1")
        .multiPart("file", "old-audit.pdf", expiredBytes, "application/pdf")
        .post("/evidence")
        .then()
        .statusCode(303);
    String expired = idOf(expiredBytes);
    owner
        .req()
        .get(plan + "/elements/e1")
        .then()
        .statusCode(200)
        .body(containsString("Old audit report"))
        .body(containsString("The only evidence for this answer has expired"));
    owner.req().get(plan).then().body(containsString("evidence files expire within 30 days"));
    owner.req().get("/dashboard").then().body(containsString("evidence files expire within 30"));

    // A current file next to the expired one: the answer is no longer without valid evidence.
    String current =
        fileId(EvidenceUploads.upload(owner, "code.pdf", EvidenceSamples.pdf(), "Code"));
    attach(owner, planId, "e1.q1", current).then().statusCode(303);
    owner
        .req()
        .get(plan + "/elements/e1")
        .then()
        .body(not(containsString("The only evidence for this answer has expired")));
    String link = linkOf(owner, planId, "e1.q1", current);
    owner
        .req()
        .formParam("csrf-token", owner.csrfToken())
        .post("/evidence/links/" + link + "/detach")
        .then()
        .statusCode(303);
    owner
        .req()
        .get(plan + "/history")
        .then()
        .body(containsString("Evidence attached"))
        .body(containsString("Evidence removed"));

    // Two people attach at the same moment to the same answer: both files are kept.
    CyclicBarrier together = new CyclicBarrier(2);
    Session other = SignIn.session("company3");
    byte[] first = EvidenceSamples.text();
    byte[] second = EvidenceSamples.csv();
    var a =
        CompletableFuture.supplyAsync(
            () -> {
              await(together);
              return uploadFor(owner, "a.txt", first, "Training sheet A", planId, "e2.q1");
            });
    var b =
        CompletableFuture.supplyAsync(
            () -> {
              await(together);
              return uploadFor(other, "b.csv", second, "Training sheet B", planId, "e2.q1");
            });
    assertEquals(303, a.get().statusCode());
    assertEquals(303, b.get().statusCode());
    owner
        .req()
        .get("/evidence/for?plan=" + planId + "&question=e2.q1")
        .then()
        .body(containsString("Training sheet A"))
        .body(containsString("Training sheet B"));

    // Submitting freezes the evidence: listed with its hash, kept from deletion.
    ReviewFixtures.submit(owner, plan, "en").then().statusCode(303);
    String snapshot =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        em.createNativeQuery("select snapshot from plan_version where plan_id = ?1")
                            .setParameter(1, UUID.fromString(planId))
                            .getSingleResult());
    assertTrue(snapshot.contains(EvidenceStoreTest.sha256(expiredBytes)), snapshot);
    owner
        .req()
        .formParam("csrf-token", owner.csrfToken())
        .post("/evidence/" + expired + "/delete")
        .then()
        .statusCode(303)
        .header("Location", containsString("frozen=1"));
    owner
        .req()
        .get("/evidence/" + expired + "?frozen=1")
        .then()
        .statusCode(200)
        .body(containsString("cannot be deleted"));
    attach(owner, planId, "e1.q1", current).then().statusCode(409);

    Session auditor = SignIn.session("auditor");
    String version =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery("select id from plan_version where plan_id = ?1")
                        .setParameter(1, UUID.fromString(planId))
                        .getSingleResult()
                        .toString());
    auditor
        .req()
        .get("/audit/versions/" + version)
        .then()
        .statusCode(200)
        .body(containsString("Old audit report"))
        .body(containsString(EvidenceStoreTest.sha256(expiredBytes)));
    byte[] downloaded =
        auditor
            .req()
            .get("/audit/versions/" + version + "/evidence/" + expired + "/download")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertArrayEquals(expiredBytes, downloaded);
    byte[] pdf =
        auditor
            .req()
            .get("/audit/versions/" + version + "/submitted.pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(text.contains("Evidence annex"), "annex in the submitted PDF");
      assertTrue(text.contains(EvidenceStoreTest.sha256(downloaded)), "annex lists the hash");
      assertTrue(text.contains("Old audit report · Audit report"), text);
    }
    auditor
        .req()
        .formParam("csrf-token", auditor.csrfToken())
        .formParam("body", "Expired three days ago; send the current report.")
        .post("/audit/versions/" + version + "/evidence/" + expired + "/comments")
        .then()
        .statusCode(303);
    auditor
        .req()
        .get("/audit/versions/" + version + "/evidence/" + expired)
        .then()
        .body(containsString("send the current report"));
    // The detached file was never frozen with the version: the auditor cannot reach it there.
    auditor.req().get("/audit/versions/" + version + "/evidence/" + current).then().statusCode(404);

    List<String> wrong = new ArrayList<>();
    Map<String, List<Integer>> gets = new LinkedHashMap<>();
    //                                                   anon company3 company auditor auditor2
    // admin
    gets.put("/evidence", List.of(302, 200, 200, 403, 403, 403));
    gets.put("/evidence/new", List.of(302, 200, 200, 403, 403, 403));
    gets.put("/evidence/" + expired, List.of(302, 200, 404, 403, 403, 403));
    gets.put("/evidence/" + expired + "/download", List.of(302, 200, 404, 403, 403, 403));
    gets.put("/evidence/not-a-uuid/download", List.of(302, 404, 404, 403, 403, 403));
    gets.put(
        "/evidence/for?plan=" + planId + "&question=e1.q1", List.of(302, 200, 404, 403, 403, 403));
    gets.put(
        "/evidence/new?plan=" + planId + "&question=e1.q1", List.of(302, 200, 404, 403, 403, 403));
    String audit = "/audit/versions/" + version + "/evidence/" + expired;
    gets.put(audit, List.of(302, 403, 403, 200, 404, 403));
    gets.put(audit + "/download", List.of(302, 403, 403, 200, 404, 403));
    for (var entry : gets.entrySet()) {
      for (int i = 0; i < WHO.size(); i++) {
        String who = WHO.get(i);
        Response r = SignIn.as("anonymous".equals(who) ? null : who).get(entry.getKey());
        if (r.statusCode() != entry.getValue().get(i)) {
          wrong.add(who + " GET " + entry.getKey() + " -> " + r.statusCode());
        }
        if (r.statusCode() != 200 && r.asByteArray().length >= expiredBytes.length) {
          String body = new String(r.asByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
          if (body.contains("%PDF-")) {
            wrong.add(who + " GET " + entry.getKey() + " got the bytes");
          }
        }
      }
    }
    Map<String, List<Integer>> posts = new LinkedHashMap<>();
    posts.put("/evidence/" + expired + "/delete", List.of(302, 303, 404, 403, 403, 403));
    posts.put("/evidence/for", List.of(302, 409, 404, 403, 403, 403));
    posts.put("/evidence/links/" + link + "/detach", List.of(302, 404, 404, 403, 403, 403));
    posts.put(audit + "/comments", List.of(302, 403, 403, 303, 404, 403));
    for (var entry : posts.entrySet()) {
      for (int i = 0; i < WHO.size(); i++) {
        String who = WHO.get(i);
        Session s = SignIn.session("anonymous".equals(who) ? null : who);
        int status =
            s.req()
                .formParam("csrf-token", "anonymous".equals(who) ? "none" : s.csrfToken())
                .formParam("plan", planId)
                .formParam("question", "e1.q1")
                .formParam("file", current)
                .formParam("body", "matrix")
                .post(entry.getKey())
                .statusCode();
        if (status != entry.getValue().get(i)) {
          wrong.add(who + " POST " + entry.getKey() + " -> " + status);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private String idOf(byte[] bytes) throws Exception {
    String sha = EvidenceStoreTest.sha256(bytes);
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery("select id from evidence_file where sha256 = ?1")
                    .setParameter(1, sha)
                    .getSingleResult()
                    .toString());
  }

  private static Response attach(Session s, String planId, String question, String file) {
    return s.req()
        .formParam("csrf-token", s.csrfToken())
        .formParam("plan", planId)
        .formParam("question", question)
        .formParam("file", file)
        .post("/evidence/for");
  }

  private static String linkOf(Session s, String planId, String question, String file) {
    String html =
        s.req()
            .get("/evidence/for?plan=" + planId + "&question=" + question)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Matcher m =
        Pattern.compile(
                "href=\"/evidence/"
                    + file
                    + "\">[^<]*</a>.*?action=\"/evidence/links/([0-9a-f-]{36})/detach\"",
                Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), "detach form of " + file);
    return m.group(1);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
