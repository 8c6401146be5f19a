package org.complychain.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.exchange.ExchangeFile.AnswerRow;
import org.complychain.exchange.ExchangeFile.PlanEntry;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imports through the page, as the member "importer": a good file lands whole; every bad one is
 * refused with a message in the reader's language and leaves nothing behind.
 */
@QuarkusTest
@DatabaseTest
class ImportTest {

  private UUID organisation;

  @BeforeEach
  void organisation() {
    organisation = ExchangeSamples.importerOrganisation();
  }

  @Test
  void anExportOfAnotherOrganisationImportsAndSaysWhatItAdded() {
    Session company = SignIn.session("company");
    String plan = PlanForms.create(company, "Moved plan from Northwind");
    ExportTest.answer(company, plan, "Tiada pasport ditahan; 供应商");
    ExportTest.openAction(company, plan, "Visit the dyeing house");
    byte[] export =
        company.req().get("/exchange" + plan + "/export.json").then().extract().asByteArray();

    Session importer = SignIn.session("importer");
    long before = ExchangeSamples.contents(organisation);
    upload(importer, export, "en")
        .then()
        .statusCode(303)
        .header("Location", containsString("/exchange/import?done=true&plans=1&actions=1"));
    assertEquals(before + 1000 + supplierCount(export), ExchangeSamples.contents(organisation));
    importer
        .req()
        .get("/exchange/import?done=true&plans=1&actions=1&suppliers=0")
        .then()
        .statusCode(200)
        .body(containsString("Plans: 1; corrective actions: 1; suppliers: 0."));
    String dashboard = importer.req().get("/dashboard").then().extract().asString();
    assertTrue(dashboard.contains("Moved plan from Northwind"), dashboard);
  }

  @Test
  void anotherSchemaVersionIsRefusedInEachLanguage() {
    Session importer = SignIn.session("importer");
    Map<String, String> expected =
        Map.of(
            "en", "schema version 2",
            "es", "versión de esquema 2",
            "fr", "version de schéma 2",
            "ms", "skema versi 2");
    byte[] file = "{\"schemaVersion\": 2, \"plans\": [{\"title\": \"x\"}]}".getBytes();
    expected.forEach((lang, text) -> refused(importer, file, lang, 400, text));
  }

  @Test
  void malformedJsonIsRefused() {
    refused(
        SignIn.session("importer"),
        "{\"schemaVersion\": 1, \"plans\": [".getBytes(),
        "en",
        400,
        "not valid JSON");
    refused(SignIn.session("importer"), "[1, 2]".getBytes(), "fr", 400, "pas un JSON valide");
  }

  @Test
  void deepNestingIsRefusedWithoutExhaustingTheServer() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    byte[] file = ("{\"schemaVersion\": 1, \"plans\": [], \"x\": " + deep + "}").getBytes();
    refused(SignIn.session("importer"), file, "es", 400, "niveles de anidamiento");
  }

  @Test
  void duplicateKeysAreRefused() {
    byte[] file =
        "{\"schemaVersion\": 1, \"scope\": \"plan\", \"plans\": [], \"plans\": []}".getBytes();
    refused(SignIn.session("importer"), file, "en", 400, "field “plans” twice");
  }

  @Test
  void anUnknownQuestionRefusesTheWholeFile() {
    ExchangeFile good = ExchangeSamples.organisationFile("ms");
    PlanEntry bad =
        new PlanEntry(
            null,
            "Second plan",
            "2027-01-01",
            "2027-12-31",
            null,
            null,
            List.of(new AnswerRow("e9", "e9.q9", "IN_PLACE", "x", null, null, null)),
            List.of(),
            null,
            null);
    ExchangeFile file =
        new ExchangeFile(
            1,
            "organisation",
            null,
            null,
            good.organisation(),
            good.suppliers(),
            List.of(good.plans().get(0), bad));
    refused(SignIn.session("importer"), ExchangeJson.write(file), "ms", 400, "e9.q9");
  }

  @Test
  void aWrongValueNamesWhereItIs() {
    String file =
        "{\"schemaVersion\": 1, \"plans\": [{\"title\": \"T\", \"periodStart\": \"2027-01-01\","
            + " \"periodEnd\": \"2027-12-31\", \"answers\": [{\"question\": \"e1.q1\","
            + " \"status\": \"MAYBE\"}]}]}";
    refused(SignIn.session("importer"), file.getBytes(), "en", 400, "plans[0].answers[0].status");
  }

  @Test
  void aFileOverTheLimitIsRefusedWithAPage() {
    byte[] file =
        ("{\"schemaVersion\": 1, \"plans\": [], \"pad\": \"" + "a".repeat(11 * 1024 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    refused(SignIn.session("importer"), file, "fr", 413, "dépasse 10 MB");
  }

  @Test
  void aHundredMegabyteUploadGetsALocalisedAnswer() throws IOException {
    File big = File.createTempFile("exchange-100mb", ".json");
    big.deleteOnExit();
    try (RandomAccessFile f = new RandomAccessFile(big, "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    Session importer = SignIn.session("importer");
    long before = ExchangeSamples.contents(organisation);
    importer
        .req()
        .cookie("lang", "es")
        .multiPart("csrf-token", importer.csrfToken())
        .multiPart("file", big, "application/json")
        .post("/exchange/import")
        .then()
        .statusCode(413)
        .body(containsString("ocupa más de 10 MB"));
    assertEquals(before, ExchangeSamples.contents(organisation));
    assertTrue(big.delete());
  }

  @Test
  void anImportWithoutTheCsrfTokenIsRefused() {
    Session importer = SignIn.session("importer");
    importer.csrfToken();
    long before = ExchangeSamples.contents(organisation);
    importer
        .req()
        .multiPart(
            "file",
            "export.json",
            ExchangeJson.write(ExchangeSamples.organisationFile("en")),
            "application/json")
        .post("/exchange/import")
        .then()
        .statusCode(400);
    assertEquals(before, ExchangeSamples.contents(organisation));
  }

  @Test
  void importIsForCompanyMembersOnly() {
    SignIn.as("auditor").get("/exchange/import").then().statusCode(403);
    SignIn.as("admin").get("/exchange/import").then().statusCode(403);
    SignIn.session("importer")
        .req()
        .cookie("lang", "ms")
        .get("/exchange/import")
        .then()
        .statusCode(200)
        .body(containsString("Import fail"));
  }

  private void refused(Session s, byte[] file, String lang, int status, String message) {
    long before = ExchangeSamples.contents(organisation);
    String page = upload(s, file, lang).then().statusCode(status).extract().asString();
    assertTrue(page.contains(message), page);
    assertTrue(page.contains("id=\"file-error\""), page);
    assertEquals(before, ExchangeSamples.contents(organisation));
  }

  private static Response upload(Session s, byte[] file, String lang) {
    return s.req()
        .cookie("lang", lang)
        .multiPart("csrf-token", s.csrfToken())
        .multiPart("file", "export.json", file, "application/json")
        .post("/exchange/import");
  }

  private static long supplierCount(byte[] export) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(export)
          .get("suppliers")
          .size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
