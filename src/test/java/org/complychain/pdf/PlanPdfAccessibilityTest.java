package org.complychain.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What assistive technology finds in the plan PDF: tags, language, the chart in words. */
class PlanPdfAccessibilityTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void theDocumentIsTaggedAndTheChartHasAlternativeTextInItsLanguage(String lang)
      throws IOException {
    PdfText text = BundleFiles.text(lang);
    PdfMessages m = text.m();
    PlanDocument d =
        SamplePlans.plan(lang, q -> PlanPdfTest.answer(lang, q.id()), 3, "Northwind Apparel Ltd");
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      var catalog = pdf.doc.getDocumentCatalog();
      assertNotNull(catalog.getMarkInfo(), "MarkInfo");
      assertTrue(catalog.getMarkInfo().isMarked(), "marked as tagged");
      assertEquals(lang, catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title, not the file name");
      PDStructureTreeRoot root = catalog.getStructureTreeRoot();
      assertNotNull(root, "structure tree");

      List<PDStructureElement> elements = new ArrayList<>();
      collect(root, elements);
      assertEquals("Document", elements.get(0).getStructureType());
      List<PDStructureElement> figures =
          elements.stream().filter(e -> "Figure".equals(e.getStructureType())).toList();
      assertEquals(1, figures.size(), "the progress chart is one figure");
      String alt = figures.get(0).getAlternateDescription();
      assertTrue(alt.startsWith(m.chart_alt(d.answeredCount(), d.questionCount())), alt);
      PlanDocument.Element first = d.elements().get(0);
      assertTrue(
          alt.contains(
              m.chart_alt_element(
                  first.number(), first.title(), first.answered(), first.questions().size())),
          alt);
      assertTrue(!figures.get(0).getKids().isEmpty(), "the figure holds the drawn chart");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void summaryAndElementsCountCompleteQuestions(String lang) throws IOException {
    PdfText text = BundleFiles.text(lang);
    PdfMessages m = text.m();
    PlanDocument d =
        SamplePlans.plan(lang, q -> PlanPdfTest.answer(lang, q.id()), 3, "Northwind Apparel Ltd");
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      String all = pdf.flat();
      assertTrue(
          all.contains(
              PdfPages.flat(m.summary_complete_note(d.answeredCount(), d.questionCount()))),
          lang + " summary counts complete questions");
      for (PlanDocument.Element e : d.elements()) {
        assertTrue(
            all.contains(m.element_complete(e.answered(), e.questions().size())),
            lang + " element " + e.number());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ms"})
  void taggingKeepsTheBytesTheSame(String lang) {
    PdfText text = BundleFiles.text(lang);
    PlanDocument d = SamplePlans.plan(lang, q -> "Answer " + q.id(), 3, "Northwind Apparel Ltd");
    assertArrayEquals(PlanPdf.render(d, text), PlanPdf.render(d, text));
  }

  private static void collect(PDStructureNode node, List<PDStructureElement> into) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        into.add(e);
        collect(e, into);
      }
    }
  }
}
