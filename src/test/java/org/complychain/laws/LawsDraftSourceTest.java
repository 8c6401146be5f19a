package org.complychain.laws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.complychain.plan.AnswerInput;
import org.complychain.plan.PlanService;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.Test;

/** A draft comes from the approved, frozen version when there is one, and says which. */
@QuarkusTest
@DatabaseTest
class LawsDraftSourceTest {

  static final String FROZEN = "Approved wording: our code bans recruitment fees.";
  static final String LATER = "Edited after approval, not yet reviewed.";

  @Inject PlanService plans;
  @Inject EntityManager em;

  @Test
  void theDraftQuotesTheApprovedVersionNotLaterEdits() throws Exception {
    String planId =
        LawPlans.create(
            plans,
            "Approved statement plan",
            2026,
            List.of(new AnswerInput("e3.q2", "IN_PLACE", LATER, "", "", "", 0, "")));
    String snapshot =
        "{\"actions\":{},\"answers\":{\"e3.q2\":{\"naReason\":null,\"owner\":null,"
            + "\"status\":\"IN_PLACE\",\"targetDate\":null,\"text\":\""
            + FROZEN
            + "\"}},\"organisation\":{},\"plan\":{}}";
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(snapshot.getBytes(StandardCharsets.UTF_8)));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into plan_version (id, plan_id, number, status, snapshot, sha256,"
                            + " submitted_at, submitted_by, pdf_language, decided_at, decided_by,"
                            + " version) values (?1, ?2, 3, 'APPROVED', ?3, ?4, now(), 'company',"
                            + " 'en', now(), 'auditor', 0)")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, UUID.fromString(planId))
                    .setParameter(3, snapshot)
                    .setParameter(4, sha)
                    .executeUpdate());

    byte[] docx =
        SignIn.as("company")
            .get("/laws/uk-msa/draft.docx?plan=" + planId + "&lang=es")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String text =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      LawsMessages es = MessageBundles.get(LawsMessages.class, Localized.Literal.of("es"));
      assertTrue(text.contains(FROZEN), text);
      assertTrue(!text.contains(LATER), "later edits stay out of the approved draft");
      assertTrue(text.contains(es.doc_source_version(3, "Approved statement plan")), text);
    }
  }
}
