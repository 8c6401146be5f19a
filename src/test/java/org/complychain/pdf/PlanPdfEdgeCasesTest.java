package org.complychain.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plans at the edges: empty, as long as answers may be, full of unusual characters. */
class PlanPdfEdgeCasesTest {

  /** Letters of all four languages and the symbols people paste from word processors. */
  static final String MIXED =
      "Niño, acción, pingüino, ¿por qué? ¡Sí! — œuvre, façade, élève, Noël, « guillemets », L’Oréal;"
          + " pekerja asing, kelompangan, pemerdagangan orang; € 1.250,00 “quoted” ‘single’ … ß Ø Å.";

  static final String UNSAFE_NAME = "Café / Niño \\ \"Ltd\": A*B?<C>|D";

  static final float LEFT = 56;
  static final float RIGHT = 595.28f - 56;

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void anEmptyPlanStillMakesACompleteDocument(String lang) throws IOException {
    PdfText text = BundleFiles.text(lang);
    PdfMessages m = text.m();
    PlanDocument d = SamplePlans.empty(lang);
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      String all = pdf.flat();
      assertTrue(all.contains(m.summary_progress(0)), "0% complete");
      assertTrue(all.contains(m.actions_none()));
      assertTrue(all.contains(PdfPages.flat(m.control_reviews_none())));
      for (PlanDocument.Element e : d.elements()) {
        assertTrue(all.contains("0/" + e.questions().size()), "chart bar of element " + e.number());
      }
      int unanswered = all.split(java.util.regex.Pattern.quote(m.answer_none()), -1).length - 1;
      assertEquals(d.questionCount(), unanswered, "every question says it has no answer yet");
      assertEquals(14, pdf.bookmarks().size());
      assertTrue(pdf.page(pdf.count()).contains(m.footer_page(pdf.count(), pdf.count())));
    }
  }

  @Test
  void answersAtTheMaximumLengthWrapInsideTheMarginsAndContinueOnTheNextPage() throws IOException {
    String lang = "fr";
    PdfText text = BundleFiles.text(lang);
    String words = SamplePlans.text(MIXED, Answer.TEXT_MAX);
    String unbroken = "x".repeat(Answer.TEXT_MAX / 2) + "€".repeat(Answer.TEXT_MAX / 2);
    PlanDocument d =
        SamplePlans.plan(
            lang, q -> q.id().equals("e2.q1") ? unbroken : words + " " + q.id(), 3, "Northwind");
    d = withActionTexts(d, SamplePlans.text(MIXED, Answer.TEXT_MAX));
    assertEquals(Answer.TEXT_MAX, words.length());
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      assertTrue(
          pdf.count() > 100, "56 answers of 10,000 characters need many pages: " + pdf.count());
      String reading = PdfPages.squeezed(pdf.reading());
      for (PlanDocument.Element e : d.elements()) {
        for (PlanDocument.Question q : e.questions()) {
          assertTrue(reading.contains(PdfPages.squeezed(q.answer())), "whole answer to " + q.id());
        }
      }
      for (PlanDocument.Action a : d.actions()) {
        assertTrue(reading.contains(PdfPages.squeezed(a.description())), "whole action text");
      }
      List<String> outside = new ArrayList<>();
      pdf.glyphs(
          t -> {
            boolean diagonal = Math.abs(t.getTextMatrix().getShearY()) > 0.01;
            if (!diagonal
                && (t.getXDirAdj() < LEFT - 1 || t.getXDirAdj() + t.getWidthDirAdj() > RIGHT + 1)) {
              outside.add(t.getUnicode() + "@" + t.getXDirAdj());
            }
          });
      assertEquals(List.of(), outside.stream().limit(10).toList(), "no text outside the margins");
      int total = pdf.count();
      assertTrue(pdf.page(total).contains(text.m().footer_page(total, total)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void lettersOfAllFourLanguagesAndSymbolsComeOutAsTyped(String lang) throws IOException {
    PdfText text = BundleFiles.text(lang);
    PlanDocument d = SamplePlans.plan(lang, q -> MIXED, 2, UNSAFE_NAME);
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      String all = pdf.flat();
      assertTrue(all.contains(MIXED), "answer text, character for character");
      assertTrue(pdf.page(1).contains(UNSAFE_NAME), "organisation name on the cover");
      assertEquals(UNSAFE_NAME, pdf.doc.getDocumentInformation().getAuthor());
      assertTrue(pdf.page(2).contains(UNSAFE_NAME + " · 2027 plan"), "running header");
    }
  }

  @Test
  void theSameDocumentGivesTheSameBytes() {
    PlanDocument d = SamplePlans.plan("ms", q -> MIXED + " " + q.id(), 12, UNSAFE_NAME);
    PdfText text = BundleFiles.text("ms");
    byte[] first = PlanPdf.render(d, text);
    assertArrayEquals(first, PlanPdf.render(d, text));
    assertArrayEquals(
        first,
        CompletableFuture.supplyAsync(() -> PlanPdf.render(d, text)).join(),
        "on another thread, with the same shared fonts");

    PlanDocument later = SamplePlans.plan("ms", q -> MIXED + " " + q.id(), 12, UNSAFE_NAME);
    later = at(later, later.generatedAt().plusSeconds(1));
    assertFalse(java.util.Arrays.equals(first, PlanPdf.render(later, text)), "another moment");
    assertFalse(
        java.util.Arrays.equals(first, PlanPdf.render(d, BundleFiles.text("en"))),
        "another language");
  }

  @Test
  void anApprovedPlanHasNoWatermarkAndShowsItsReviewAndApprover() throws IOException {
    PdfText text = BundleFiles.text("es");
    PdfMessages m = text.m();
    PlanDocument d = approved(SamplePlans.plan("es", q -> MIXED, 2, "Northwind Apparel Ltd"));
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      assertTrue(pdf.diagonal().stream().allMatch(String::isEmpty), "no watermark when approved");
      String control = PdfPages.flat(pdf.page(2));
      assertTrue(control.contains("Dra. Ana Núñez"), "approver's name in the signature block");
      assertTrue(control.contains("Cumplimiento normativo"));
      assertTrue(control.contains(m.doc_status_CHANGES_REQUESTED()), "the earlier decision");
      assertTrue(control.contains("Falta el mapa de proveedores."));
      assertFalse(control.contains(PdfPages.flat(m.control_reviews_none())));
      assertTrue(pdf.page(1).contains(m.doc_status_APPROVED()));
    }
  }

  private static PlanDocument approved(PlanDocument d) {
    OffsetDateTime t = d.generatedAt();
    PlanDocument.Review review =
        new PlanDocument.Review(
            2,
            PlanDocument.Status.APPROVED,
            List.of(
                new PlanDocument.VersionEntry(
                    1, PlanDocument.Status.CHANGES_REQUESTED, t.minusDays(9), "Northwind", null),
                new PlanDocument.VersionEntry(
                    2, PlanDocument.Status.APPROVED, t.minusDays(1), "Northwind", null)),
            List.of(
                new PlanDocument.Decision(
                    1,
                    t.minusDays(8),
                    "auditor",
                    PlanDocument.Status.CHANGES_REQUESTED,
                    "Falta el mapa de proveedores."),
                new PlanDocument.Decision(
                    2, t.minusDays(1), "auditor", PlanDocument.Status.APPROVED, "Aprobado.")),
            new PlanDocument.Approver("Dra. Ana Núñez", "Cumplimiento normativo", t.minusDays(1)));
    return copy(d, t, review, d.actions());
  }

  private static PlanDocument at(PlanDocument d, OffsetDateTime time) {
    return copy(d, time, d.review(), d.actions());
  }

  private static PlanDocument withActionTexts(PlanDocument d, String description) {
    List<PlanDocument.Action> actions =
        d.actions().stream()
            .map(
                a ->
                    new PlanDocument.Action(
                        a.questionId(),
                        a.questionRef(),
                        a.elementNumber(),
                        a.elementTitle(),
                        description,
                        a.owner(),
                        a.due(),
                        a.verification(),
                        ActionStatus.OPEN,
                        a.overdue()))
            .toList();
    return copy(d, d.generatedAt(), d.review(), actions);
  }

  private static PlanDocument copy(
      PlanDocument d,
      OffsetDateTime at,
      PlanDocument.Review review,
      List<PlanDocument.Action> actions) {
    return new PlanDocument(
        d.lang(),
        at,
        review,
        d.organisation(),
        d.plan(),
        d.percent(),
        d.elements(),
        actions,
        d.glossary(),
        d.evidence(),
        d.screening());
  }
}
