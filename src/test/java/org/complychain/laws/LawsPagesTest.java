package org.complychain.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.complychain.guidance.Catalogue;
import org.complychain.organisation.Organisation;
import org.complychain.plan.AnswerInput;
import org.complychain.plan.PlanService;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The questionnaire, the coverage page and the drafts, as a company member sees them. */
@QuarkusTest
@DatabaseTest
class LawsPagesTest {

  static final String POLICY =
      "Our supplier code bans forced labour and recruitment fees; signed by 42 suppliers.";
  static final String TRAINING_DRAFT = "Buyers' training is being designed with an NGO.";

  private static String planId;

  @jakarta.inject.Inject PlanService plans;
  @jakarta.inject.Inject Catalogue guidance;

  @BeforeEach
  void plan() {
    if (planId != null) {
      return;
    }
    planId =
        LawPlans.create(
            plans,
            "Statement plan 2027",
            2027,
            List.of(
                new AnswerInput("e3.q2", "IN_PLACE", POLICY, "", "", "", 0, ""),
                new AnswerInput("e4.q1", "IN_PROGRESS", TRAINING_DRAFT, "", "", "", 0, "")));
  }

  private static Map<String, String> ukAt(String turnover) {
    return Map.of(
        "incorporated", "GB",
        "business", "GB",
        "revenueCurrency", "GBP",
        "revenue", turnover,
        "employees", "300",
        "federal", "no");
  }

  /** Posts the questionnaire as a form loaded now would: with the saved answers' version. */
  private static Response post(SignIn.Session session, Map<String, String> fields, String lang) {
    var req = session.req().cookie("lang", lang).formParam("csrf-token", session.csrfToken());
    if (!fields.containsKey("version")) {
      saved().ifPresent(p -> req.formParam("version", Integer.toString(p.version)));
    }
    fields.forEach(req::formParam);
    return req.post("/laws");
  }

  @Test
  void aSaveOverAnswersSavedMeanwhileIsRefusedAndKeepsBoth() {
    SignIn.Session session = SignIn.session("company");
    post(session, ukAt("50000000"), "en").then().statusCode(303);
    String loaded = Integer.toString(saved().orElseThrow().version);
    Map<String, String> first = new java.util.HashMap<>(ukAt("60000000"));
    first.put("version", loaded);
    post(session, first, "en").then().statusCode(303);

    Map<String, String> stale = new java.util.HashMap<>(ukAt("70000000"));
    stale.put("version", loaded);
    String page = post(session, stale, "fr").then().statusCode(409).extract().asString();
    String message = messages("fr").error_saved_meanwhile();
    assertTrue(page.contains(message.substring(0, message.indexOf('\''))), page);
    assertTrue(page.contains("value=\"70000000\""), "the typed answer stays in the form");
    assertEquals(60_000_000L, saved().orElseThrow().revenueAmount);

    Map<String, String> tampered = new java.util.HashMap<>(ukAt("80000000"));
    tampered.put("version", "x");
    post(session, tampered, "en").then().statusCode(409);
    assertEquals(60_000_000L, saved().orElseThrow().revenueAmount);
  }

  private static LawsMessages messages(String lang) {
    return MessageBundles.get(LawsMessages.class, Localized.Literal.of(lang));
  }

  private static Optional<LawProfile> saved() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                LawProfile.forOrganisation(Organisation.findByMember("company").orElseThrow().id));
  }

  @Test
  void theUkActAppliesAtThirtySixMillionPoundsAndNotOnePoundBelow() {
    SignIn.Session session = SignIn.session("company");
    post(session, ukAt("36,000,000"), "en").then().statusCode(303);
    String page =
        session.req().cookie("lang", "en").get("/laws").then().statusCode(200).extract().asString();
    String uk = section(page, "law-uk-msa");
    assertTrue(uk.contains(messages("en").outcome_APPLIES()), uk);
    assertTrue(uk.contains("GBP 36,000,000"), uk);
    assertTrue(uk.contains("https://www.legislation.gov.uk/ukpga/2015/30/section/54"), uk);
    assertTrue(page.contains(messages("en").laws_not_advice()));

    post(session, ukAt("35999999"), "en").then().statusCode(303);
    String below = session.req().cookie("lang", "en").get("/laws").then().extract().asString();
    assertTrue(
        section(below, "law-uk-msa").contains(messages("en").outcome_DOES_NOT_APPLY()),
        section(below, "law-uk-msa"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "1000000000000000000", "12.5m", ""})
  void absurdRevenueIsRefusedInTheReadersLanguageAndNothingIsSaved(String revenue) {
    SignIn.Session session = SignIn.session("company");
    Optional<Integer> before = saved().map(p -> p.version);
    Map<String, String> fields = new java.util.HashMap<>(ukAt(revenue));
    Response r = post(session, fields, "ms");
    r.then().statusCode(400);
    String html = r.asString();
    LawsMessages ms = messages("ms");
    String expected =
        revenue.isEmpty()
            ? ms.error_amount_required()
            : revenue.startsWith("-")
                ? ms.error_amount_negative()
                : revenue.length() > 12 ? ms.error_amount_too_large() : ms.error_amount_format();
    assertTrue(html.contains(expected), html);
    assertEquals(before, saved().map(p -> p.version), "nothing saved");
  }

  @Test
  void tenToTheEighteenEmployeesAndMissingFieldsAreRefused() {
    SignIn.Session session = SignIn.session("company");
    Map<String, String> fields = new java.util.HashMap<>(ukAt("1"));
    fields.put("employees", "1000000000000000000");
    fields.remove("incorporated");
    fields.remove("federal");
    String html = post(session, fields, "fr").then().statusCode(400).extract().asString();
    LawsMessages fr = messages("fr");
    for (String message :
        List.of(
            fr.error_amount_too_large(),
            fr.error_incorporated_required(),
            fr.error_federal_required())) {
      assertTrue(html.contains(message.replace("'", "&#39;")) || html.contains(message), message);
    }
  }

  @Test
  void theCoveragePageShowsEachCriterionTheAnswersAndTheGaps() {
    String html =
        SignIn.as("company")
            .cookie("lang", "en")
            .get("/laws/uk-msa?plan=" + planId)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Law uk = LawFiles.load().get(0);
    for (Law.Criterion c : uk.criteria()) {
      assertTrue(html.contains(c.ref()), c.ref());
    }
    assertTrue(html.contains(POLICY));
    assertTrue(
        html.contains("/plans/" + planId + "/elements/e4#e4.q3"), "a gap links to its question");
  }

  @Test
  void anotherOrganisationsPlanAndAnUnknownLawAreNotFound() {
    SignIn.as("company2").get("/laws/uk-msa?plan=" + planId).then().statusCode(404);
    SignIn.as("company2").get("/laws/uk-msa/draft.pdf?plan=" + planId).then().statusCode(404);
    SignIn.as("company2").get("/laws/uk-msa/draft.docx?plan=" + planId).then().statusCode(404);
    SignIn.as("company").get("/laws/xx-none?plan=" + planId).then().statusCode(404);
    SignIn.as("company").get("/laws/uk-msa?plan=" + UUID.randomUUID()).then().statusCode(404);
    SignIn.as("company")
        .get("/laws/uk-msa/draft.pdf?plan=" + planId + "&lang=de")
        .then()
        .statusCode(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void thePdfDraftHasEachCriterionTheAnswersPlaceholdersAndTheSignatureBlock(String lang)
      throws IOException {
    byte[] bytes =
        SignIn.as("company")
            .get("/laws/" + LAW_OF[index(lang)] + "/draft.pdf?plan=" + planId + "&lang=" + lang)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String text;
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertEquals(lang, pdf.getDocumentCatalog().getLanguage());
      text = squeeze(new PDFTextStripper().getText(pdf));
    }
    assertDraft(lang, LAW_OF[index(lang)], text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void theWordDraftOpensWithHeadingsAnswersPlaceholdersAndSignature(String lang)
      throws IOException {
    byte[] bytes =
        SignIn.as("company")
            .get("/laws/ca-s211/draft.docx?plan=" + planId + "&lang=" + lang)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> headings =
          doc.getParagraphs().stream()
              .filter(p -> "Heading1".equals(p.getStyle()))
              .map(XWPFParagraph::getText)
              .toList();
      Law canada = law("ca-s211");
      for (Law.Criterion c : canada.criteria()) {
        assertTrue(headings.contains(c.ref() + " · " + c.text().in(lang)), lang + " " + c.id());
      }
      String text =
          squeeze(
              doc.getParagraphs().stream()
                  .map(XWPFParagraph::getText)
                  .collect(Collectors.joining("\n")));
      assertDraft(lang, "ca-s211", text);
      assertTrue(
          doc.getParagraphs().stream().anyMatch(p -> "Placeholder".equals(p.getStyle())),
          "placeholders have their own style");
    }
  }

  /** The PDF test walks through the three statement laws, one language each and back. */
  private static final String[] LAW_OF = {"uk-msa", "au-msa", "ca-s211", "uk-msa"};

  private static int index(String lang) {
    return List.of("en", "es", "fr", "ms").indexOf(lang);
  }

  private void assertDraft(String lang, String lawId, String text) {
    Law law = law(lawId);
    LawsMessages m = messages(lang);
    List<String> mapped =
        law.criteria().stream().flatMap(c -> LawLoader.questions(c).stream()).toList();
    for (Law.Criterion c : law.criteria()) {
      assertTrue(text.contains(squeeze(c.text().in(lang))), lang + " criterion " + c.id());
    }
    if (mapped.contains("e3.q2")) {
      assertTrue(text.contains(squeeze(POLICY)), lang + " the company's answer");
    }
    if (mapped.contains("e4.q1")) {
      assertTrue(text.contains(squeeze(TRAINING_DRAFT)), lang + " an answer in progress");
    }
    String unanswered = Coverage.questionTexts(guidance, lang).get("e2.q1");
    assertTrue(
        text.contains(squeeze(m.doc_placeholder_unanswered(unanswered))),
        lang + " a placeholder for a gap");
    assertTrue(text.contains(squeeze(law.signature().in(lang))), lang + " signature requirement");
    assertTrue(text.contains(squeeze(m.doc_sign_signature())), lang + " signature line");
    assertTrue(text.contains(squeeze(m.doc_source_live("Statement plan 2027"))), lang + " source");
    assertFalse(text.contains("{"), "no unresolved template text");
  }

  private static Law law(String id) {
    return LawFiles.load().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  /** Text without line breaks or runs of spaces, as PDF extraction wraps lines anywhere. */
  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, id);
    return html.substring(start, html.indexOf("</article>", start));
  }
}
