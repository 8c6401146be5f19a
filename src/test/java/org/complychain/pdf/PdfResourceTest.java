package org.complychain.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.organisation.Organisation;
import org.complychain.plan.ActionInput;
import org.complychain.plan.AnswerInput;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanService;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Downloading the plan PDF: who may, in which language, under which name, with what inside. */
@QuarkusTest
@DatabaseTest
class PdfResourceTest {

  static final String TITLE = "PDF plan 2027";
  static final String ACTION =
      "Ask each spinning mill for its recruitment agencies — “by name” — and fees paid (€).";

  static final String NOT_APPLICABLE = "All our workers are direct employees at one head office.";

  private static String planId;

  @Inject PlanService plans;
  @Inject PlanDocuments documents;
  @Inject PdfRenderSlots renderSlots;

  /** One plan of the company's organisation, with an answer in mixed languages and an action. */
  @BeforeEach
  void plan() {
    if (planId != null) {
      return;
    }
    planId =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Organisation org = Organisation.findByMember("company").orElseThrow();
                  Plan plan =
                      plans.create(
                          org,
                          TITLE,
                          LocalDate.of(2027, 1, 1),
                          LocalDate.of(2027, 12, 31),
                          "company");
                  plans.saveElement(
                      plan.id,
                      List.of(
                          new AnswerInput(
                              "e1.q1",
                              "IN_PLACE",
                              PlanPdfEdgeCasesTest.MIXED,
                              "",
                              "Responsable RSE",
                              "2027-06-30",
                              0,
                              ""),
                          new AnswerInput(
                              "e1.q3", "NOT_APPLICABLE", "", NOT_APPLICABLE, "", "", 0, "")),
                      "company");
                  plans.openAction(
                      plan.id,
                      "e2.q1",
                      new ActionInput(
                          ACTION,
                          "Ketua Perolehan",
                          "2027-03-31",
                          "Lista firmada por cada hilandería.",
                          "OPEN",
                          0),
                      "company");
                  return plan.id.toString();
                });
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "ms"})
  void theCompanyDownloadsItsPlanInTheLanguageItChooses(String lang) throws IOException {
    Response response =
        SignIn.as("company").cookie("lang", "en").get("/plans/" + planId + "/pdf?lang=" + lang);
    response.then().statusCode(200).contentType("application/pdf");
    PdfText text = PdfText.of(lang);
    PdfMessages m = text.m();
    String disposition = response.header("Content-Disposition");
    Matcher name =
        Pattern.compile(
                "attachment; filename=\""
                    + m.file_name_prefix()
                    + "-[a-z0-9-]+-pdf-plan-2027-"
                    + lang
                    + "\\.pdf\"; filename\\*=UTF-8''[A-Za-z0-9.%-]+")
            .matcher(disposition);
    assertTrue(name.matches(), disposition);
    assertEquals("private, no-store", response.header("Cache-Control"));

    try (PdfPages pdf = new PdfPages(response.asByteArray())) {
      assertEquals(lang, pdf.doc.getDocumentCatalog().getLanguage());
      assertTrue(pdf.doc.getDocumentInformation().getTitle().startsWith(TITLE));
      assertEquals(m.watermark(), pdf.diagonal().get(0));
      String all = pdf.flat();
      for (String heading :
          List.of(
              m.doc_kind(),
              m.control_title(),
              m.summary_title(),
              m.profile_title(),
              m.actions_title(),
              m.glossary_title())) {
        assertTrue(all.contains(heading), lang + ": " + heading);
      }
      assertTrue(all.contains(m.footer_page(1, pdf.count())));
      assertTrue(all.contains(text.status(org.complychain.plan.AnswerStatus.IN_PLACE)));
      String reading = PdfPages.squeezed(pdf.reading());
      assertTrue(
          reading.contains(PdfPages.squeezed(PlanPdfEdgeCasesTest.MIXED)), "the answer as typed");
      assertTrue(reading.contains(PdfPages.squeezed(ACTION)), "the action in the action plan");
      assertTrue(
          reading.contains(PdfPages.squeezed(m.answer_reason_label() + NOT_APPLICABLE)),
          "why a question does not apply");
      assertTrue(pdf.fonts().stream().allMatch(f -> f.isEmbedded()));
    }
  }

  @Test
  void withoutAChoiceThePdfIsInThePageLanguageAndCaseDoesNotMatter() throws IOException {
    byte[] french =
        SignIn.as("company")
            .cookie("lang", "fr")
            .get("/plans/" + planId + "/pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PdfPages pdf = new PdfPages(french)) {
      assertEquals("fr", pdf.doc.getDocumentCatalog().getLanguage());
    }
    SignIn.as("company")
        .get("/plans/" + planId + "/pdf?lang=MS")
        .then()
        .statusCode(200)
        .header("Content-Disposition", Matchers.containsString("-ms.pdf\""));
  }

  @Test
  void aLanguageTheProductDoesNotHaveIsABadRequest() {
    SignIn.as("company").get("/plans/" + planId + "/pdf?lang=de").then().statusCode(400);
    SignIn.as("company").get("/plans/" + planId + "/pdf?lang=../en").then().statusCode(400);
  }

  @Test
  void anotherOrganisationsPlanIsNotFound() {
    for (String path : List.of("/pdf?lang=en", "/pdf?lang=xx", "/pdf", "/download")) {
      SignIn.as("company2").get("/plans/" + planId + path).then().statusCode(404);
    }
    SignIn.as("company").get("/plans/not-a-plan/pdf?lang=en").then().statusCode(404);
    SignIn.as("company")
        .get("/plans/00000000-0000-0000-0000-000000000000/download")
        .then()
        .statusCode(404);
  }

  @Test
  void onlySignedInCompanyMembersMayDownload() {
    for (String path : List.of("/pdf?lang=en", "/download")) {
      SignIn.as(null)
          .get("/plans/" + planId + path)
          .then()
          .statusCode(302)
          .header("Location", Matchers.endsWith("/login"));
      SignIn.as("auditor").get("/plans/" + planId + path).then().statusCode(403);
    }
  }

  @Test
  void theDownloadPageOffersTheFourLanguagesWithThePageLanguageChosen() {
    String html =
        SignIn.as("company")
            .cookie("lang", "es")
            .get("/plans/" + planId + "/download")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    PdfMessages m = PdfText.of("es").m();
    assertTrue(html.contains(m.download_title()));
    assertTrue(html.contains("<form method=\"get\" action=\"/plans/" + planId + "/pdf\""));
    assertTrue(html.contains("<select id=\"lang\" name=\"lang\""));
    for (String lang : List.of("en", "fr", "ms")) {
      assertTrue(html.contains("<option value=\"" + lang + "\" lang=\"" + lang + "\">"), lang);
    }
    assertTrue(html.contains("<option value=\"es\" lang=\"es\" selected>"));
    assertTrue(html.contains(m.download_submit()));
  }

  @Test
  void theSamePlanLanguageAndMomentGiveTheSameBytes() {
    OffsetDateTime at = OffsetDateTime.of(2027, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    byte[][] twice =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Plan plan = Plan.findById(java.util.UUID.fromString(planId));
                  PdfText text = PdfText.of("ms");
                  return new byte[][] {
                    PlanPdf.render(documents.build(plan, "ms", at), text),
                    PlanPdf.render(documents.build(plan, "ms", at), text)
                  };
                });
    assertArrayEquals(twice[0], twice[1]);
  }

  @Test
  void whenEverySlotIsTakenTheDownloadIsTurnedAwayWithALocalisedPageAndRetryAfter()
      throws Exception {
    int processors = Runtime.getRuntime().availableProcessors();
    java.util.concurrent.CountDownLatch running =
        new java.util.concurrent.CountDownLatch(processors);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(processors);
    try {
      for (int i = 0; i < processors; i++) {
        pool.submit(
            () ->
                renderSlots.render(
                    () -> {
                      running.countDown();
                      try {
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return new byte[0];
                    }));
      }
      assertTrue(running.await(10, java.util.concurrent.TimeUnit.SECONDS));
      Response busy =
          SignIn.as("company").cookie("lang", "fr").get("/plans/" + planId + "/pdf?lang=en");
      busy.then()
          .statusCode(503)
          .header("Retry-After", "5")
          .contentType(Matchers.containsString("text/html"));
      assertTrue(busy.asString().contains("De nombreux documents sont en cours de préparation"));
    } finally {
      release.countDown();
      pool.shutdown();
    }
    SignIn.as("company").get("/plans/" + planId + "/pdf?lang=en").then().statusCode(200);
  }
}
