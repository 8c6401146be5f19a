package org.complychain.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan PDF in each language, read page by page as its reader would. */
class PlanPdfTest {

  /** A sentence a company could write in each language, with its own letters and symbols. */
  static final Map<String, String> ANSWERS =
      Map.of(
          "en", "Our sourcing team visits each supplier twice a year and records what it finds.",
          "es",
              "Nuestro equipo de compras visita a cada proveedor dos veces al año y anota lo que ve.",
          "fr",
              "Notre équipe achats visite chaque fournisseur deux fois par an et consigne ce qu’elle observe.",
          "ms",
              "Pasukan perolehan kami melawat setiap pembekal dua kali setahun dan merekodkan penemuannya.");

  static String answer(String lang, String questionId) {
    return SamplePlans.text(questionId + " " + ANSWERS.get(lang), 1500);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void everyPageReadsInTheChosenLanguage(String lang) throws IOException {
    PdfText text = BundleFiles.text(lang);
    PdfMessages m = text.m();
    PlanDocument d = SamplePlans.plan(lang, q -> answer(lang, q.id()), 40, "Northwind Apparel Ltd");
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      String cover = pdf.page(1);
      for (String expected :
          List.of(
              m.doc_kind(),
              "Northwind Apparel Ltd",
              "2027 plan",
              m.version_number(1),
              m.doc_status_DRAFT(),
              m.language_name())) {
        assertTrue(cover.contains(expected), lang + " cover shows " + expected);
      }

      String all = pdf.flat();
      String reading = PdfPages.squeezed(pdf.reading());
      for (String heading :
          List.of(
              m.control_title(),
              m.control_reviews_none(),
              m.summary_title(),
              m.summary_progress(d.percent()),
              m.profile_title(),
              m.actions_title(),
              m.glossary_title())) {
        assertTrue(all.contains(PdfPages.flat(heading)), lang + " shows " + heading);
      }
      for (PlanDocument.Element e : d.elements()) {
        assertTrue(
            all.contains(m.element_heading(e.number(), e.title())),
            lang + " element " + e.number());
        for (PlanDocument.Question q : e.questions()) {
          assertTrue(reading.contains(PdfPages.squeezed(q.text())), lang + " question " + q.id());
          assertTrue(
              reading.contains(PdfPages.squeezed(q.answer())), lang + " answer to " + q.id());
        }
      }
      java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
      for (String profile :
          List.of(
              text.org().field_sector(),
              text.sector(d.organisation().sector()),
              text.size(d.organisation().sizeBand()),
              new java.util.Locale("", "GB").getDisplayCountry(locale),
              new java.util.Locale("", "MY").getDisplayCountry(locale),
              "Rubber gloves")) {
        assertTrue(all.contains(profile), lang + " profile shows " + profile);
      }
      for (PlanDocument.Term t : d.glossary()) {
        assertTrue(all.contains(PdfPages.flat(t.term())), lang + " glossary term " + t.term());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void footersCountPagesAndDraftsCarryTheWatermark(String lang) throws IOException {
    PdfText text = BundleFiles.text(lang);
    PlanDocument d = SamplePlans.plan(lang, q -> answer(lang, q.id()), 40, "Northwind Apparel Ltd");
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      int total = pdf.count();
      assertTrue(total > 30, "a full plan runs to many pages, not " + total);
      for (int i = 1; i <= total; i++) {
        assertTrue(
            pdf.page(i).contains(text.m().footer_page(i, total)), lang + " footer of page " + i);
        assertEquals(
            text.m().watermark(), pdf.diagonal().get(i - 1), lang + " watermark on page " + i);
        if (i > 1) {
          assertTrue(
              pdf.page(i).contains("Northwind Apparel Ltd · 2027 plan"), "running header " + i);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void actionTableRepeatsItsHeaderOnEveryPage(String lang) throws IOException {
    PdfText text = BundleFiles.text(lang);
    PdfMessages m = text.m();
    PlanDocument d = SamplePlans.plan(lang, q -> answer(lang, q.id()), 40, "Northwind Apparel Ltd");
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      List<PdfPages.Bookmark> marks = pdf.bookmarks();
      int first = page(marks, m.actions_title());
      int glossary = page(marks, m.glossary_title());
      assertTrue(glossary - first >= 2, "40 actions fill more than one page");
      List<String> header =
          List.of(
              m.actions_col_action(),
              m.actions_col_element(),
              m.actions_col_owner(),
              m.actions_col_due(),
              m.actions_col_verification(),
              m.actions_col_status());
      StringBuilder table = new StringBuilder();
      for (int p = first; p < glossary; p++) {
        String page = PdfPages.flat(pdf.page(p));
        for (String column : header) {
          assertTrue(page.contains(column), lang + " column " + column + " on page " + p);
        }
        table.append(page).append('\n');
      }
      String cells = PdfPages.squeezed(table.toString());
      for (PlanDocument.Action a : d.actions()) {
        assertTrue(cells.contains(PdfPages.squeezed(a.description())), a.description());
        assertTrue(cells.contains(PdfPages.squeezed(a.verification())), a.verification());
      }
      for (var status : org.complychain.plan.ActionStatus.values()) {
        assertTrue(cells.contains(PdfPages.squeezed(text.status(status))), lang + " " + status);
      }
      assertTrue(
          cells.contains(PdfPages.squeezed(m.actions_overdue())), "overdue actions are marked");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void metadataFontsAndBookmarksAreThere(String lang) throws IOException {
    PdfText text = BundleFiles.text(lang);
    PdfMessages m = text.m();
    PlanDocument d = SamplePlans.plan(lang, q -> answer(lang, q.id()), 5, "Northwind Apparel Ltd");
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      PDDocumentInformation info = pdf.doc.getDocumentInformation();
      assertEquals(m.meta_title("2027 plan", "Northwind Apparel Ltd"), info.getTitle());
      assertEquals("Northwind Apparel Ltd", info.getAuthor());
      assertTrue(
          info.getSubject()
              .startsWith(m.meta_subject("Northwind Apparel Ltd", "").substring(0, 20)));
      assertEquals(lang, pdf.doc.getDocumentCatalog().getLanguage());
      assertEquals(SamplePlans.GENERATED.toInstant(), info.getCreationDate().toInstant());
      assertEquals(SamplePlans.GENERATED.toInstant(), info.getModificationDate().toInstant());
      assertEquals(Calendar.class, info.getCreationDate().getClass().getSuperclass());

      List<PDFont> fonts = pdf.fonts();
      assertFalse(fonts.isEmpty());
      for (PDFont font : fonts) {
        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        assertTrue(font.getName().contains("LiberationSans"), font.getName());
      }

      List<String> expected =
          new ArrayList<>(
              List.of(m.doc_kind(), m.control_title(), m.summary_title(), m.profile_title()));
      d.elements().forEach(e -> expected.add(m.element_heading(e.number(), e.title())));
      expected.addAll(List.of(m.actions_title(), m.glossary_title()));
      List<PdfPages.Bookmark> marks = pdf.bookmarks();
      assertEquals(expected, marks.stream().map(PdfPages.Bookmark::title).toList());
      for (PdfPages.Bookmark mark : marks) {
        assertTrue(
            PdfPages.flat(pdf.page(mark.page())).contains(mark.title()),
            mark.title() + " is on the page its bookmark opens");
      }
    }
  }

  static int page(List<PdfPages.Bookmark> marks, String title) {
    return marks.stream().filter(b -> b.title().equals(title)).findFirst().orElseThrow().page();
  }
}
