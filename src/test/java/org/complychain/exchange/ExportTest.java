package org.complychain.exchange;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/** Exports through the pages: JSON with the schema version, CSV files in a ZIP, and who may. */
@QuarkusTest
@DatabaseTest
class ExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPlanExportsAsJsonWithItsAnswersActionsAndTheirHistory() throws IOException {
    Session company = SignIn.session("company");
    String plan = PlanForms.create(company, "Export plan A");
    answer(company, plan, "Contratación ética — señal: ñandú 日本");
    openAction(company, plan, "Visit the spinning mill");
    company.req().get(plan).then().body(containsString("/exchange" + plan + "/export.json"));

    byte[] body =
        company
            .req()
            .get("/exchange" + plan + "/export.json")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .header("Content-Disposition", containsString("attachment"))
            .extract()
            .asByteArray();
    JsonNode doc = JSON.readTree(new String(body, StandardCharsets.UTF_8));
    assertEquals(1, doc.get("schemaVersion").intValue());
    assertEquals("plan", doc.get("scope").textValue());
    JsonNode p = doc.get("plans").get(0);
    assertEquals("Export plan A", p.get("title").textValue());
    JsonNode answer = find(p.get("answers"), "e1.q1");
    assertEquals("IN_PLACE", answer.get("status").textValue());
    assertEquals("e1", answer.get("element").textValue());
    assertEquals("Contratación ética — señal: ñandú 日本", answer.get("text").textValue());
    JsonNode action = p.get("actions").get(0);
    assertEquals("Visit the spinning mill", action.get("description").textValue());
    assertEquals("company", action.get("history").get(0).get("actor").textValue());
    assertTrue(doc.get("organisation").has("sourcing"));
    assertTrue(doc.get("suppliers").isArray());
  }

  @Test
  void theZipHoldsFourCsvFilesWithByteOrderMarkAndNeutralisedFormulas() throws IOException {
    Session company = SignIn.session("company");
    String plan = PlanForms.create(company, "=HYPERLINK(\"http://x\")");
    answer(company, plan, "+SUM(A1:A9)");
    openAction(company, plan, "@import evil");
    byte[] zip =
        company
            .req()
            .get("/exchange" + plan + "/export.zip")
            .then()
            .statusCode(200)
            .contentType("application/zip")
            .extract()
            .asByteArray();
    Map<String, String> files = unzip(zip);
    assertEquals(
        java.util.Set.of("answers.csv", "actions.csv", "risks.csv", "evidence.csv"),
        files.keySet());
    for (String csv : files.values()) {
      assertTrue(csv.startsWith("\uFEFF"), "byte order mark");
    }
    String answers = files.get("answers.csv");
    assertTrue(answers.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), answers);
    assertTrue(answers.contains("'+SUM(A1:A9)"), answers);
    assertTrue(!answers.contains(",=HYPERLINK") && !answers.contains(",+SUM"), answers);
    assertTrue(files.get("actions.csv").contains("'@import evil"), files.get("actions.csv"));
    assertTrue(answers.startsWith("\uFEFFplan,period_start"), answers);
  }

  @Test
  void theOrganisationExportsAsJsonAndZipFromItsPage() throws IOException {
    Session company = SignIn.session("company");
    PlanForms.create(company, "Export plan org");
    company
        .req()
        .get("/organisation")
        .then()
        .statusCode(200)
        .body(containsString("/exchange/organisation.json"))
        .body(containsString("/exchange/import"));
    String json =
        company
            .req()
            .get("/exchange/organisation.json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode doc = JSON.readTree(json);
    assertEquals("organisation", doc.get("scope").textValue());
    assertTrue(json.contains("Export plan org"));
    byte[] zip =
        company
            .req()
            .get("/exchange/organisation.zip")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertTrue(unzip(zip).get("answers.csv").contains("Export plan org"));
  }

  @Test
  void aSubmittedVersionExportsAsFrozenWithItsHash() throws IOException {
    String[] version =
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  org.complychain.review.PlanVersion v =
                      org.complychain.review.PlanVersion.<org.complychain.review.PlanVersion>find(
                              "plan.organisation.id = ?1 order by number",
                              org.complychain.organisation.DemoOrganisations.KESTREL)
                          .firstResult();
                  return new String[] {v.plan.id.toString(), String.valueOf(v.number), v.sha256};
                });
    String base = "/exchange/plans/" + version[0] + "/versions/" + version[1];
    Session kestrel = SignIn.session("company2");
    kestrel
        .req()
        .get("/plans/" + version[0] + "/versions/" + version[1])
        .then()
        .statusCode(200)
        .body(containsString(base + "/export.json"));
    JsonNode doc =
        JSON.readTree(
            kestrel.req().get(base + "/export.json").then().statusCode(200).extract().asString());
    assertEquals("version", doc.get("scope").textValue());
    assertEquals(Integer.parseInt(version[1]), doc.get("frozenVersion").intValue());
    JsonNode v = doc.get("plans").get(0).get("versions").get(0);
    assertEquals(version[2], v.get("snapshotSha256").textValue());
    assertTrue(doc.get("plans").get(0).get("answers").size() > 0);
    assertTrue(
        unzip(
                kestrel
                    .req()
                    .get(base + "/export.zip")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray())
            .get("answers.csv")
            .contains(",e1.q1,"));
    String organisation =
        kestrel
            .req()
            .get("/exchange/organisation.json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(organisation.contains(version[2]), "the organisation export lists the version");
    SignIn.session("company").req().get(base + "/export.json").then().statusCode(404);
  }

  @Test
  void anotherOrganisationsPlanAndVersionsAreNotFound() {
    Session company = SignIn.session("company");
    String plan = PlanForms.create(company, "Export plan private");
    Session other = SignIn.session("company2");
    for (String path :
        new String[] {
          "/exchange" + plan + "/export.json",
          "/exchange" + plan + "/export.zip",
          "/exchange" + plan + "/versions/1/export.json",
          "/exchange" + plan + "/versions/1/export.zip",
          "/exchange/plans/not-a-uuid/export.json",
          "/exchange" + plan + "/versions/x/export.json"
        }) {
      other.req().get(path).then().statusCode(404);
    }
    company.req().get("/exchange" + plan + "/versions/1/export.json").then().statusCode(404);
    SignIn.as("auditor").get("/exchange" + plan + "/export.json").then().statusCode(403);
    SignIn.as("admin").get("/exchange/organisation.json").then().statusCode(403);
    RestAssured.given()
        .redirects()
        .follow(false)
        .get("/exchange" + plan + "/export.json")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(302, 401));
  }

  @Test
  void theSchemaIsPublicCacheableAndExplained() throws IOException {
    String schema =
        RestAssured.given()
            .get("/exchange/schema/v1.json")
            .then()
            .statusCode(200)
            .header("Cache-Control", containsString("public"))
            .contentType(containsString("json"))
            .extract()
            .asString();
    JsonNode doc = JSON.readTree(schema);
    assertEquals(1, doc.at("/properties/schemaVersion/const").intValue());
    assertTrue(doc.at("/$defs/answer/properties/question").isObject());
    RestAssured.given()
        .cookie("lang", "ms")
        .get("/exchange/schema")
        .then()
        .statusCode(200)
        .body(containsString("Format eksport"))
        .body(containsString("/exchange/schema/v1.json"));
  }

  static void answer(Session s, String plan, String text) {
    Map<String, String> form = PlanForms.element(s, plan, "e1");
    form.put("status.e1.q1", "IN_PLACE");
    form.put("text.e1.q1", text);
    s.req()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParams(form)
        .post(plan + "/elements/e1")
        .then()
        .statusCode(303);
  }

  static void openAction(Session s, String plan, String what) {
    s.req()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("csrf-token", s.csrfToken())
        .formParam("question", "e2.q3")
        .formParam("description", what)
        .formParam("owner", "Sourcing lead")
        .formParam("due", "2027-06-30")
        .formParam("verification", "Evidence reviewed by compliance")
        .formParam("status", "OPEN")
        .formParam("version", "0")
        .post(plan + "/actions")
        .then()
        .statusCode(303);
  }

  private static JsonNode find(JsonNode answers, String question) {
    for (JsonNode a : answers) {
      if (question.equals(a.get("question").textValue())) {
        return a;
      }
    }
    throw new AssertionError("no answer " + question);
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
