package org.complychain.notify;

import static org.complychain.notify.NotificationFixtures.clear;
import static org.complychain.notify.NotificationFixtures.ids;
import static org.complychain.notify.NotificationFixtures.kinds;
import static org.complychain.review.ReviewFixtures.comment;
import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.review.ReviewFixtures;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each review event tells the right people of the right organisation, the header counts what is
 * unread, and people read and mark only their own notifications.
 */
@QuarkusTest
@DatabaseTest
class NotificationsTest {

  private static final Pattern REPLY_LINK =
      Pattern.compile("/versions/(\\d+)/reply\\?comment=([0-9a-f-]{36})");
  private static final Pattern BADGE =
      Pattern.compile(
          "class=\"notify-badge\"[^>]*>.*?</svg>(<span class=\"notify-count\">([^<]+)</span>)?</a>");

  @Inject EntityManager em;

  @BeforeEach
  void organisation() {
    ReviewFixtures.organisation(em);
    clear(em, "company3", "auditor", "auditor2", "company");
  }

  @Test
  void everyReviewEventTellsTheOtherSideOfTheOrganisationOnly() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Notified plan");

    submit(company, plan, "en").then().statusCode(303);
    assertEquals(List.of("PLAN_SUBMITTED"), kinds(em, "auditor"), "assigned auditor told");
    assertEquals(List.of(), kinds(em, "auditor2"), "auditor of other organisations not told");
    assertEquals(List.of(), kinds(em, "company3"), "the company does not tell itself");

    String v1 = versionId(auditor, "Notified plan");
    comment(auditor, v1, "e1.q1", "Which hotline?").then().statusCode(303);
    assertEquals(List.of("AUDITOR_COMMENTED"), kinds(em, "company3"), "comment told to members");
    decide(auditor, v1, "CHANGES_REQUESTED", "Say more.", lockVersion(auditor, v1))
        .then()
        .statusCode(303);
    assertEquals(
        List.of("AUDITOR_COMMENTED", "CHANGES_REQUESTED"), kinds(em, "company3"), "decision");

    String element = company.req().get(plan + "/elements/e1").then().extract().asString();
    Matcher link = REPLY_LINK.matcher(element);
    assertTrue(link.find(), "reply link");
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("comment", link.group(2))
        .formParam("from", "element")
        .formParam("body", "The union's line.")
        .post(plan + "/versions/1/replies")
        .then()
        .statusCode(303);
    assertEquals(List.of("PLAN_SUBMITTED", "COMPANY_REPLIED"), kinds(em, "auditor"), "reply");

    submit(company, plan, "en").then().statusCode(303);
    String v2 = versionId(auditor, "Notified plan");
    decide(auditor, v2, "APPROVED", "", lockVersion(auditor, v2)).then().statusCode(303);
    assertEquals(
        List.of("AUDITOR_COMMENTED", "CHANGES_REQUESTED", "PLAN_APPROVED"), kinds(em, "company3"));
    assertEquals(List.of(), kinds(em, "company"), "members of other organisations not told");
    assertEquals(List.of(), kinds(em, "auditor2"));
  }

  @Test
  void theHeaderCountsUnreadAndPeopleMarkOnlyTheirOwnRead() {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Counted plan");
    assertEquals("", badge(auditor), "nothing unread: a bell without a number");
    submit(company, plan, "en").then().statusCode(303);
    String v1 = versionId(auditor, "Counted plan");
    decide(auditor, v1, "CHANGES_REQUESTED", "More.", lockVersion(auditor, v1))
        .then()
        .statusCode(303);
    submit(company, plan, "en").then().statusCode(303);
    assertEquals("2", badge(auditor), "two submissions unread");

    String page = auditor.req().get("/notifications").then().statusCode(200).extract().asString();
    assertTrue(page.contains("Plan submitted for review"), page);
    assertTrue(page.contains("Larkspur Review Co submitted version 2 of the plan"), page);
    List<UUID> mine = ids(page);
    assertEquals(2, mine.size());

    String french =
        auditor
            .req()
            .cookie("lang", "fr")
            .get("/notifications")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(french.contains("Plan soumis à examen"), "written in the reader's language");

    Session other = SignIn.session("auditor2");
    other
        .req()
        .formParam("csrf-token", other.csrfToken())
        .post("/notifications/" + mine.get(0) + "/read")
        .then()
        .statusCode(404);
    other
        .req()
        .formParam("csrf-token", other.csrfToken())
        .post("/notifications/not-an-id/read")
        .then()
        .statusCode(404);
    auditor.req().post("/notifications/" + mine.get(0) + "/read").then().statusCode(400);
    auditor.req().post("/notifications/read-all").then().statusCode(400);
    assertEquals("2", badge(auditor), "refused posts mark nothing");

    auditor
        .req()
        .formParam("csrf-token", auditor.csrfToken())
        .formParam("open", "yes")
        .post("/notifications/" + mine.get(0) + "/read")
        .then()
        .statusCode(303)
        .header("Location", containsString("/audit/versions/"));
    assertEquals("1", badge(auditor), "one read");
    auditor
        .req()
        .formParam("csrf-token", auditor.csrfToken())
        .post("/notifications/read-all")
        .then()
        .statusCode(303)
        .header("Location", containsString("/notifications"));
    assertEquals("", badge(auditor), "all read");
    auditor.req().get("/notifications").then().body(not(containsString("/notifications/read-all")));
    SignIn.session(null).req().get("/notifications").then().statusCode(302);
  }

  /** The number beside the bell in the header, or empty when none is shown. */
  private static String badge(Session session) {
    String html = session.req().get("/dashboard").then().statusCode(200).extract().asString();
    Matcher m = BADGE.matcher(html);
    assertTrue(m.find(), "bell in the header");
    return m.group(2) == null ? "" : m.group(2);
  }
}
