package org.complychain.notify;

import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.decide;
import static org.complychain.review.ReviewFixtures.lockVersion;
import static org.complychain.review.ReviewFixtures.submit;
import static org.complychain.review.ReviewFixtures.versionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.complychain.review.ReviewFixtures;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mail reaches a real SMTP server after the event committed, in each recipient's language, as plain
 * text and HTML with a link back; a rolled-back event sends nothing.
 */
@QuarkusTest
@DatabaseTest
@WithTestResource(GreenMailResource.class)
class NotificationMailTest {

  @Inject EntityManager em;
  @Inject MailSender sender;
  @Inject Notifier notifier;

  @BeforeEach
  void organisation() throws Exception {
    ReviewFixtures.organisation(em);
    sender.sendPending();
    GreenMailResource.server.purgeEmailFromAllMailboxes();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "insert into person_preference (identity, language, email) values"
                          + " ('auditor', 'es', 'auditor@example.org'),"
                          + " ('company3', 'en', 'company3@example.org')"
                          + " on conflict (identity) do update set language = excluded.language,"
                          + " email = excluded.email")
                  .executeUpdate();
            });
  }

  @Test
  void eachRecipientGetsTheMailInTheirLanguageWithALinkBack() throws Exception {
    Session company = SignIn.session("company3");
    Session auditor = SignIn.session("auditor");
    String plan = completedPlan(company, "Mailed plan");
    submit(company, plan, "en").then().statusCode(303);
    assertEquals(0, GreenMailResource.server.getReceivedMessages().length, "sent after, not in");
    // The company's member switches to French: their next mail is in French.
    company.req().get("/language/fr?next=/").then().statusCode(303);
    String v1 = versionId(auditor, "Mailed plan");
    decide(auditor, v1, "CHANGES_REQUESTED", "Name the hotline.", lockVersion(auditor, v1))
        .then()
        .statusCode(303);

    assertEquals(2, sender.sendPending());
    assertEquals(0, sender.sendPending(), "each message goes out once");
    Map<String, MimeMessage> byRecipient = new TreeMap<>();
    for (MimeMessage m : GreenMailResource.server.getReceivedMessages()) {
      assertEquals(1, m.getRecipients(Message.RecipientType.TO).length);
      byRecipient.put(m.getRecipients(Message.RecipientType.TO)[0].toString(), m);
    }
    assertEquals(
        List.of("auditor@example.org", "company3@example.org"), List.copyOf(byRecipient.keySet()));

    MimeMessage toAuditor = byRecipient.get("auditor@example.org");
    assertEquals("Comply Chain: Plan enviado para revisión", toAuditor.getSubject());
    String auditorText = part(toAuditor, "text/plain");
    assertTrue(
        auditorText.contains("Larkspur Review Co ha enviado la versión 1 del plan «Mailed plan»"),
        auditorText);
    assertTrue(
        auditorText.contains(GreenMailResource.BASE_URL + "/audit/versions/" + v1), auditorText);
    String auditorHtml = part(toAuditor, "text/html");
    assertTrue(auditorHtml.contains("lang=\"es\""), auditorHtml);
    assertTrue(
        auditorHtml.contains(
            "href=\"" + GreenMailResource.BASE_URL + "/audit/versions/" + v1 + "\""),
        auditorHtml);

    MimeMessage toCompany = byRecipient.get("company3@example.org");
    assertEquals("Comply Chain : Modifications demandées", toCompany.getSubject());
    String companyText = part(toCompany, "text/plain");
    assertTrue(companyText.contains("L’auditeur a demandé des modifications"), companyText);
    assertTrue(companyText.contains(GreenMailResource.BASE_URL + plan + "/review"), companyText);
    assertTrue(part(toCompany, "text/html").contains("Ouvrir dans Comply Chain"));
  }

  @Test
  void aRolledBackEventSendsNothing() throws Exception {
    UUID plan = UUID.randomUUID();
    assertThrows(
        IllegalStateException.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      notifier.decided(
                          ReviewFixtures.LARKSPUR, plan, "Rolled back", 1, true, "auditor");
                      throw new IllegalStateException("the event failed");
                    }));
    assertEquals(0, sender.sendPending());
    assertEquals(0, GreenMailResource.server.getReceivedMessages().length);
  }

  @Test
  void theMessageIsWrittenInEachOfTheFourLanguages() throws Exception {
    Map<String, String> subjects =
        Map.of(
            "en", "Comply Chain: Plan approved",
            "es", "Comply Chain: Plan aprobado",
            "fr", "Comply Chain : Plan approuvé",
            "ms", "Comply Chain: Pelan diluluskan");
    for (var expected : subjects.entrySet()) {
      Mail mail =
          sender.message(
              "someone@example.org",
              Locale.forLanguageTag(expected.getKey()),
              NotificationKind.PLAN_APPROVED,
              "{\"organisation\":\"Larkspur\",\"plan\":\"Year plan\",\"number\":\"3\"}",
              "/plans/x/review");
      assertEquals(expected.getValue(), mail.getSubject());
      assertTrue(mail.getText().contains("Year plan"), mail.getText());
      assertTrue(mail.getHtml().contains("lang=\"" + expected.getKey() + "\""));
    }
  }

  /** The decoded text of the message's first part of that type. */
  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = part(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
