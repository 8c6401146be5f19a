package org.complychain.pdf;

import static org.complychain.review.ReviewFixtures.LARKSPUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.complychain.review.ReviewFixtures;
import org.complychain.risk.Supplier;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A draft plan's PDF shows the register's screening as it stands, in the document's language:
 * chart, highest risks, method and edition; without suppliers, one sentence.
 */
@QuarkusTest
@DatabaseTest
class PlanPdfRiskTest {

  private static final String SUPPLIER = "Pdf risk gloves Sdn Bhd";

  @Inject EntityManager em;

  @BeforeEach
  void organisationWithoutSuppliers() {
    ReviewFixtures.organisation(em);
    QuarkusTransaction.requiringNew().run(() -> Supplier.delete("organisation.id = ?1", LARKSPUR));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void theRiskSectionIsInTheDocumentsLanguage(String lang) throws IOException {
    Session company = SignIn.session("company3");
    addSupplier(company);
    String plan = plan(company, "Risk section plan " + lang);
    PdfMessages m = BundleFiles.text(lang).m();
    Properties risk = BundleFiles.load("risk", lang);
    Properties goods = new Properties();
    try (var in = getClass().getResourceAsStream("/risk/goods_" + lang + ".properties")) {
      goods.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    try (PdfPages pdf = new PdfPages(download(company, plan, lang))) {
      String text = PdfPages.squeezed(pdf.flat());
      for (String expected :
          List.of(
              m.risk_title(),
              m.risk_intro(1),
              m.risk_chart_title(),
              m.risk_top_title(),
              m.risk_col_kind(),
              m.risk_override_none(),
              m.risk_method_title(),
              SUPPLIER,
              risk.getProperty("level_CRITICAL"),
              risk.getProperty("flag_forced"),
              goods.getProperty("rubber_gloves"),
              risk.getProperty("method_step_score"),
              "2023")) {
        assertTrue(text.contains(PdfPages.squeezed(expected)), lang + " shows " + expected);
      }
      assertTrue(
          pdf.bookmarks().stream().anyMatch(b -> b.title().equals(m.risk_title())),
          "the section is in the outline");
      List<PDStructureElement> figures = new ArrayList<>();
      collectFigures(pdf.doc.getDocumentCatalog().getStructureTreeRoot(), figures);
      assertEquals(2, figures.size(), "progress chart and risk chart");
      String alt = figures.get(1).getAlternateDescription();
      assertTrue(alt.startsWith(m.risk_chart_alt(1)), alt);
      assertTrue(alt.contains(m.risk_chart_alt_level(risk.getProperty("level_CRITICAL"), 1)), alt);
    }
    if (lang.equals("ms")) {
      try (PdfPages pdf = new PdfPages(download(company, plan, lang))) {
        String text = pdf.flat();
        assertTrue(text.contains("Saringan risiko pembekal"), text);
        assertTrue(text.contains("Sarung tangan getah"), "the good in Malay");
        assertTrue(text.contains("Cara tahap ditetapkan"), "the method heading in Malay");
      }
    }
  }

  @Test
  void withoutSuppliersTheSectionIsOneSentence() throws IOException {
    Session company = SignIn.session("company3");
    String plan = plan(company, "No suppliers plan");
    PdfMessages m = BundleFiles.text("en").m();
    try (PdfPages pdf = new PdfPages(download(company, plan, "en"))) {
      String text = PdfPages.squeezed(pdf.flat());
      assertTrue(text.contains(PdfPages.squeezed(m.risk_none())));
      assertFalse(text.contains(PdfPages.squeezed(m.risk_top_title())), "no table");
      assertTrue(text.contains(PdfPages.squeezed(m.risk_method_title())), "the method still");
    }
  }

  private static byte[] download(Session company, String plan, String lang) {
    Response pdf = company.req().get(plan + "/pdf?lang=" + lang);
    pdf.then().statusCode(200).contentType("application/pdf");
    return pdf.asByteArray();
  }

  private static void addSupplier(Session company) {
    company
        .req()
        .formParam("csrf-token", company.csrfToken())
        .formParam("name", SUPPLIER)
        .formParam("country", "MY")
        .formParam("tier", "2")
        .formParam("goods", "rubber_gloves")
        .formParam("migrantWorkers", "yes")
        .formParam("labourAgents", "yes")
        .post("/risk/suppliers")
        .then()
        .statusCode(303);
  }

  private static String plan(Session company, String title) {
    Response created =
        company
            .req()
            .formParam("csrf-token", company.csrfToken())
            .formParam("title", title + " " + UUID.randomUUID())
            .formParam("start", "2027-01-01")
            .formParam("end", "2027-12-31")
            .post("/plans");
    created.then().statusCode(303);
    return created.header("Location").replaceFirst("^https?://[^/]+", "");
  }

  private static void collectFigures(PDStructureNode node, List<PDStructureElement> into) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          into.add(e);
        }
        collectFigures(e, into);
      }
    }
  }
}
