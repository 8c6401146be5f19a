package org.complychain.review;

import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of plans, PDF and review against every kind of visitor: anonymous, a member of the
 * plan's organisation, a member of another one, the assigned auditor, an unassigned auditor and an
 * administrator.
 */
@QuarkusTest
@DatabaseTest
class ReviewRoleMatrixTest {

  @Inject EntityManager em;

  private static final List<String> WHO =
      List.of("anonymous", "company3", "company", "auditor", "auditor2", "admin");

  @Test
  void everyEndpointChecksRoleAndOrganisation() {
    ReviewFixtures.organisation(em);
    Session owner = SignIn.session("company3");
    Session assigned = SignIn.session("auditor");
    String plan = completedPlan(owner, "Matrix plan");
    submit(owner, plan, "en").then().statusCode(303);
    String version = versionId(assigned, "Matrix plan");
    decide(assigned, version, "APPROVED", "", lockVersion(assigned, version))
        .then()
        .statusCode(303);

    Map<String, List<Integer>> gets = new LinkedHashMap<>();
    //                                  anon company3 company auditor auditor2 admin
    gets.put(plan, List.of(302, 200, 404, 403, 403, 403));
    gets.put(plan + "/elements/e1", List.of(302, 200, 404, 403, 403, 403));
    gets.put(plan + "/actions", List.of(302, 200, 404, 403, 403, 403));
    gets.put(plan + "/check", List.of(302, 200, 404, 403, 403, 403));
    gets.put(plan + "/history", List.of(302, 200, 404, 403, 403, 403));
    gets.put(plan + "/review", List.of(302, 200, 404, 403, 403, 403));
    gets.put(plan + "/versions/1", List.of(302, 200, 404, 403, 403, 403));
    gets.put(plan + "/versions/1/pdf", List.of(302, 200, 404, 403, 403, 403));
    // Version 1 is approved: nobody replies on it any more.
    gets.put(
        plan + "/versions/1/reply?comment=00000000-0000-0000-0000-000000000000",
        List.of(302, 404, 404, 403, 403, 403));
    gets.put(plan + "/download", List.of(302, 200, 404, 403, 403, 403));
    // Version 1 is approved: the live download sends the owner to the stored approved document.
    gets.put(plan + "/pdf?lang=en", List.of(302, 303, 404, 403, 403, 403));
    gets.put("/audit", List.of(302, 403, 403, 200, 200, 403));
    gets.put("/audit/versions/" + version, List.of(302, 403, 403, 200, 404, 403));
    gets.put("/audit/versions/" + version + "/pdf", List.of(302, 403, 403, 200, 404, 403));
    gets.put("/audit/versions/" + version + "/elements/e1", List.of(302, 403, 403, 200, 404, 403));
    gets.put(
        "/audit/versions/" + version + "/elements/e1/comment?target=e1.q1",
        List.of(302, 403, 403, 404, 404, 403));
    gets.put(
        "/audit/versions/" + version + "/submitted.pdf", List.of(302, 403, 403, 404, 404, 403));
    gets.put("/admin", List.of(302, 403, 403, 403, 403, 200));

    List<String> wrong = new ArrayList<>();
    for (var entry : gets.entrySet()) {
      for (int i = 0; i < WHO.size(); i++) {
        String who = WHO.get(i);
        int status =
            SignIn.as("anonymous".equals(who) ? null : who).get(entry.getKey()).statusCode();
        if (status != entry.getValue().get(i)) {
          wrong.add(
              who
                  + " GET "
                  + entry.getKey()
                  + " -> "
                  + status
                  + ", expected "
                  + entry.getValue().get(i));
        }
      }
    }

    Map<String, List<Integer>> posts = new LinkedHashMap<>();
    posts.put(plan + "/submit", List.of(302, 409, 404, 403, 403, 403));
    posts.put(plan + "/new-version", List.of(302, -1, 404, 403, 403, 403));
    posts.put(plan + "/elements/e1", List.of(302, 409, 404, 403, 403, 403));
    posts.put(plan + "/versions/1/replies", List.of(302, 409, 404, 403, 403, 403));
    posts.put(
        "/audit/versions/" + version + "/elements/e1/comments",
        List.of(302, 403, 403, -1, 404, 403));
    posts.put("/audit/versions/" + version + "/decision", List.of(302, 403, 403, 409, 404, 403));
    for (var entry : posts.entrySet()) {
      for (int i = 0; i < WHO.size(); i++) {
        int expected = entry.getValue().get(i);
        if (expected < 0) {
          continue;
        }
        String who = WHO.get(i);
        Session s = SignIn.session("anonymous".equals(who) ? null : who);
        int status =
            s.req()
                .formParam("csrf-token", "anonymous".equals(who) ? "none" : s.csrfToken())
                .formParam("decision", "APPROVED")
                .formParam("version", "1")
                .formParam("target", "e1.q1")
                .formParam("body", "matrix")
                .formParam("lang", "en")
                .post(entry.getKey())
                .statusCode();
        if (status != expected) {
          wrong.add(who + " POST " + entry.getKey() + " -> " + status + ", expected " + expected);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
