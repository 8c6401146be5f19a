package org.complychain.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn.Session;

/**
 * A review-test organisation ("Larkspur Review Co", member {@code company3}) with {@code auditor}
 * assigned and {@code auditor2} not, plus the steps of the review cycle done through the pages.
 */
public final class ReviewFixtures {

  public static final UUID LARKSPUR = UUID.fromString("9a4f3c1e-5b2d-4e8f-a1c3-7d9e0f1a2b3c");

  private ReviewFixtures() {}

  public static void organisation(EntityManager em) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into organisation (id, name, created_at, version) values (?1,"
                          + " 'Larkspur Review Co', now(), 0) on conflict do nothing")
                  .setParameter(1, LARKSPUR)
                  .executeUpdate();
              em.createNativeQuery(
                      "insert into membership (id, organisation_id, identity, created_at) values"
                          + " (?1, ?2, 'company3', now()) on conflict do nothing")
                  .setParameter(1, UUID.nameUUIDFromBytes("larkspur-company3".getBytes()))
                  .setParameter(2, LARKSPUR)
                  .executeUpdate();
              em.createNativeQuery(
                      "insert into auditor_assignment (id, organisation_id, auditor, created_at,"
                          + " created_by) values (?1, ?2, 'auditor', now(), 'test') on conflict do"
                          + " nothing")
                  .setParameter(1, UUID.nameUUIDFromBytes("larkspur-auditor".getBytes()))
                  .setParameter(2, LARKSPUR)
                  .executeUpdate();
            });
  }

  /** A plan of company3 with every element answered (not applicable, with a reason). */
  public static String completedPlan(Session company, String title) {
    Response created =
        company
            .req()
            .formParam("csrf-token", company.csrfToken())
            .formParam("title", title)
            .formParam("start", "2027-01-01")
            .formParam("end", "2027-12-31")
            .post("/plans");
    created.then().statusCode(303);
    String plan = created.header("Location").replaceFirst("^https?://[^/]+", "");
    for (int e = 1; e <= 8; e++) {
      Map<String, String> form = elementForm(company, plan, "e" + e);
      form.replaceAll((k, v) -> k.startsWith("status.") ? "NOT_APPLICABLE" : v);
      form.replaceAll((k, v) -> k.startsWith("reason.") ? "Outside this year's scope." : v);
      company.req().formParams(form).post(plan + "/elements/e" + e).then().statusCode(303);
    }
    return plan;
  }

  static Map<String, String> elementForm(Session session, String plan, String element) {
    return PlanForms.element(session, plan, element);
  }

  /** Submits from "check your plan" with an approver named and the declaration ticked. */
  public static Response submit(Session company, String plan, String lang) {
    return company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("lang", lang)
        .formParam("approverName", "Amira Haddad")
        .formParam("approverPosition", "Managing Director")
        .formParam("declared", "yes")
        .post(plan + "/submit");
  }

  /** Takes Larkspur's auditor away (the next test's fixture assigns them again). */
  static void withoutAuditor(EntityManager em) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("delete from auditor_assignment where organisation_id = ?1")
                    .setParameter(1, LARKSPUR)
                    .executeUpdate());
  }

  /** The id of the newest version of the plan titled so, as the auditor's queue links it. */
  public static String versionId(Session auditor, String planTitle) {
    String queue = auditor.req().get("/audit").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile(
                "href=\"/audit/versions/([0-9a-f-]{36})\">" + Pattern.quote(planTitle) + "<")
            .matcher(queue);
    assertTrue(m.find(), "version of " + planTitle + " in the auditor's queue");
    return m.group(1);
  }

  public static int lockVersion(Session auditor, String versionId) {
    String html = auditor.req().get("/audit/versions/" + versionId).then().extract().asString();
    Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
    assertTrue(m.find(), "decision form");
    return Integer.parseInt(m.group(1));
  }

  public static Response decide(
      Session auditor, String versionId, String decision, String note, int version) {
    return auditor
        .req()
        .formParam("csrf-token", auditor.csrfToken())
        .formParam("decision", decision)
        .formParam("note", note)
        .formParam("version", String.valueOf(version))
        .formParam("confirm", "yes")
        .post("/audit/versions/" + versionId + "/decision");
  }

  static Response reply(
      Session auditor, String versionId, String target, String commentId, String body) {
    return auditor
        .req()
        .formParam("csrf-token", auditor.csrfToken())
        .formParam("target", target)
        .formParam("reply", commentId)
        .formParam("body", body)
        .post(commentsPath(versionId, target));
  }

  static Response comment(Session auditor, String versionId, String target, String body) {
    return auditor
        .req()
        .formParam("csrf-token", auditor.csrfToken())
        .formParam("target", target)
        .formParam("body", body)
        .post(commentsPath(versionId, target));
  }

  /** Comments are posted under the element of their target ({@code e2} of {@code e2.q3}). */
  static String commentsPath(String versionId, String target) {
    return "/audit/versions/" + versionId + "/elements/" + target.split("\\.")[0] + "/comments";
  }
}
