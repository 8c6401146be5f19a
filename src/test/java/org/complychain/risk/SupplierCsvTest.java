package org.complychain.risk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Supplier CSV import and export, as a person with a spreadsheet uses them: Kestrel (company2)
 * imports; Northwind (company) must never see Kestrel's uploads. Every supplier made here has
 * "CSVT" in its name and is removed after each test.
 */
@QuarkusTest
@DatabaseTest
class SupplierCsvTest {

  static final String UPLOAD = "/risk/suppliers/csv";

  /** A French Excel file: semicolons, accents, French headers and words, day/month/year. */
  private static final String FRENCH =
      "Nom;Pays;Région;Rang;Biens (liste de l'ILAB);Autres biens;Part des achats;Effectif;"
          + "Travailleurs migrants;Agences de recrutement;Dernier audit;Référentiel d'audit\r\n"
          + "CSVT Café São Paulo;Brésil;Minas Gerais;2;Café;Torréfaction;de 1 % à 5 %;"
          + "moins de 50 travailleurs;oui;non;31/03/2024;amfori BSCI\r\n"
          + "CSVT Coopérative d'Abidjan;Côte d'Ivoire;Soubré;3;Cacao | Coton;;;;non;oui;;\r\n";

  @AfterEach
  void removeTestRows() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Supplier.delete("name like ?1", "%CSVT%");
              SupplierImport.delete("fileName like ?1", "csvt%");
            });
  }

  @Test
  void anExcelFileInWindows1252WithSemicolonsAndAccentsIsPreviewedThenImported() {
    Session kestrel = SignIn.session("company2");
    String preview = previewPath(upload(kestrel, "csvt-excel.csv", FRENCH, "windows-1252"));
    kestrel
        .req()
        .get(preview)
        .then()
        .statusCode(200)
        .body(containsString("CSVT Café São Paulo"))
        .body(containsString("2 supplier(s) will be added and screened."))
        .body(containsString("Add these 2 suppliers"));
    assertEquals(0, count("CSVT%"), "nothing saved before the confirmation");

    confirm(kestrel, preview).then().statusCode(303).header("Location", containsString("imported"));

    Supplier cafe = only("CSVT Café São Paulo");
    assertEquals("BR", cafe.countryCode);
    assertEquals("Minas Gerais", cafe.region);
    assertEquals(2, cafe.tier);
    assertEquals(Set.of("coffee"), cafe.goodKeys);
    assertEquals("Torréfaction", cafe.goodsText);
    assertEquals(SpendShare.FROM_1_TO_5, cafe.spendShare);
    assertEquals(Workforce.UNDER_50, cafe.workforce);
    assertTrue(cafe.migrantWorkers);
    assertEquals(LocalDate.of(2024, 3, 31), cafe.lastAudit);
    assertEquals("amfori BSCI", cafe.auditScheme);
    assertTrue(
        cafe.riskLevel != null && cafe.screenedEdition != null, "screened like a manual add");
    Supplier coop = only("CSVT Coopérative d'Abidjan");
    assertEquals("CI", coop.countryCode);
    assertEquals(Set.of("cocoa", "cotton"), coop.goodKeys);
    assertTrue(coop.labourAgents);
    // The upload is gone once confirmed: a second confirmation finds nothing.
    confirm(kestrel, preview).then().statusCode(404);
  }

  @Test
  void utf8WithAndWithoutMarkAndUtf16AreRead() {
    Session kestrel = SignIn.session("company2");
    String text = FRENCH.replace("CSVT ", "CSVT enc ");
    List<byte[]> files =
        List.of(
            text.getBytes(StandardCharsets.UTF_8),
            withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, "UTF-8"),
            withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, "UTF-16LE"),
            withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, "UTF-16BE"));
    for (byte[] bytes : files) {
      String preview = previewPath(upload(kestrel, "csvt-enc.csv", bytes));
      kestrel
          .req()
          .get(preview)
          .then()
          .statusCode(200)
          .body(containsString("CSVT enc Café São Paulo"))
          .body(containsString("CSVT enc Coopérative d&#39;Abidjan"))
          .body(containsString("2 supplier(s) will be added"));
    }
  }

  @Test
  void thePreviewListsEveryProblemByRowAndSavesNothing() {
    Session kestrel = SignIn.session("company2");
    confirm(
            kestrel,
            previewPath(
                upload(
                    kestrel,
                    "csvt-first.csv",
                    "name,country,goods\nCSVT Already There,MY,Rubber Gloves\n",
                    "UTF-8")))
        .then()
        .statusCode(303);
    String file =
        "Name,Country,Goods (ILAB list),Tier,Last audit\n"
            + "CSVT Kuala Gloves,Malaysa,Rubber glovs,1,\n"
            + "CSVT Twice,MY,Rubber Gloves,2,\n"
            + "CSVT Twice,MY,Rubber Gloves,2,\n"
            + "CSVT Already There,MY,getah,1,\n"
            + "CSVT Fine,VN,Garments,9,2999-01-01\n"
            + "CSVT Good row,ID,Palm Fruit,1,\n";
    String preview = previewPath(upload(kestrel, "csvt-errors.csv", file, "UTF-8"));
    String page = kestrel.req().get(preview).then().statusCode(200).extract().asString();
    assertTrue(page.contains("Unknown country: “Malaysa”. Did you mean: Malaysia"), page);
    assertTrue(page.contains("“Rubber glovs” is not on ILAB"), page);
    assertTrue(page.contains("Did you mean: Rubber Gloves"), page);
    assertTrue(page.contains("Same name and country as row 3."), page);
    assertTrue(page.contains("already in your register"), page);
    assertTrue(page.contains("Enter a past date"), page);
    assertTrue(page.contains("<td class=\"count\">6</td><td>Last audit</td>"), page);
    assertTrue(page.contains("5 problem(s) found. Nothing has been saved"), page);
    assertTrue(page.contains("CSVT Good row"), "the good rows are listed too");
    assertTrue(!page.contains("Add these"), "no confirmation while there are problems");
    confirm(kestrel, preview).then().statusCode(409);
    assertEquals(0, count("CSVT Good row"));
    assertEquals(1, count("CSVT Already There"));
  }

  @Test
  void aConfirmationThatMeetsAChangedRegisterAddsNothing() {
    Session kestrel = SignIn.session("company2");
    String file = "name,country,goods\nCSVT One,MY,Rubber Gloves\nCSVT Two,MY,Palm Fruit\n";
    String preview = previewPath(upload(kestrel, "csvt-race.csv", file, "UTF-8"));
    kestrel.req().get(preview).then().body(containsString("Add these 2 suppliers"));
    // Someone adds the second supplier by hand between the preview and the confirmation.
    kestrel
        .req()
        .formParam("csrf-token", kestrel.csrfToken())
        .formParam("name", "CSVT Two")
        .formParam("country", "MY")
        .formParam("tier", "1")
        .formParam("goods", "palm_fruit")
        .post("/risk/suppliers")
        .then()
        .statusCode(303);
    confirm(kestrel, preview)
        .then()
        .statusCode(409)
        .body(containsString("already in your register"));
    assertEquals(0, count("CSVT One"), "all or nothing");
    assertEquals(1, count("CSVT Two"));
  }

  @Test
  void exportNeutralisesFormulasAndRoundTrips() throws IOException {
    Session kestrel = SignIn.session("company2");
    String file =
        "name,country,region,tier,goods,other_goods,spend_share,workforce,migrant_workers,"
            + "labour_agents,last_audit,audit_scheme\n"
            + "\"=CSVT HYPERLINK(\"\"http://x\"\")\",MY,-Selangor,4,Rubber Gloves|Palm Fruit,"
            + "\"+cleaning, packing\",OVER_20,OVER_1000,yes,yes,2024-05-01,@scheme\n"
            + "CSVT Café São Paulo,BR,,1,Coffee,,,,no,no,,\n"
            + "\"CSVT \"\"Quoted\"\", comma\",Côte d’Ivoire,\"Line\",2,Cocoa,,UNDER_1,,no,no,,\n";
    confirm(kestrel, previewPath(upload(kestrel, "csvt-round.csv", file, "UTF-8")))
        .then()
        .statusCode(303);

    byte[] first = export(kestrel);
    assertEquals((byte) 0xEF, first[0], "UTF-8 with a byte order mark, for Excel");
    String text = new String(first, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"'=CSVT HYPERLINK(\"\"http://x\"\")\""), text);
    assertTrue(text.contains("'-Selangor"), text);
    assertTrue(text.contains("'+cleaning, packing"), text);
    assertTrue(text.contains("'@scheme"), text);
    assertTrue(!text.contains(",=") && !text.contains("\n="), "no cell starts a formula");
    List<String> exported = ours(first);
    assertEquals(3, exported.size(), text);

    // The exported rows, imported again after removing the suppliers, export the same.
    QuarkusTransaction.requiringNew().run(() -> Supplier.delete("name like ?1", "%CSVT%"));
    byte[] again = subset(first);
    confirm(kestrel, previewPath(upload(kestrel, "csvt-again.csv", again))).then().statusCode(303);
    assertEquals(exported, ours(export(kestrel)));
    assertEquals(
        Set.of("palm_fruit", "rubber_gloves"), only("=CSVT HYPERLINK(\"http://x\")").goodKeys);
  }

  @Test
  void theTemplateIsInThePersonsLanguageAndImportsAsItIs() {
    Session kestrel = SignIn.session("company2");
    byte[] template =
        kestrel
            .req()
            .cookie("lang", "es")
            .get(UPLOAD + "/template")
            .then()
            .statusCode(200)
            .header("Content-Type", containsString("text/csv"))
            .extract()
            .asByteArray();
    String text = new String(template, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFNombre,País,Región,Nivel,Bienes"), text);
    assertTrue(text.contains("Algodón | Prendas de vestir"), text);
    String preview = previewPath(upload(kestrel, "csvt-template.csv", template));
    kestrel.req().get(preview).then().body(containsString("Add these 1 suppliers"));
    kestrel
        .req()
        .formParam("csrf-token", kestrel.csrfToken())
        .post(preview + "/discard")
        .then()
        .statusCode(303);
    kestrel.req().get(preview).then().statusCode(404);
  }

  @Test
  void filesThatAreNoSupplierTableAreRefusedWithAReason() {
    Session kestrel = SignIn.session("company2");
    refused(kestrel, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "This is not a CSV file");
    refused(kestrel, "name,country\u0000,goods\n".getBytes(StandardCharsets.UTF_8), "not a CSV");
    refused(kestrel, new byte[0], "The file is empty.");
    refused(kestrel, "\n\n".getBytes(StandardCharsets.UTF_8), "The file is empty.");
    refused(
        kestrel,
        "name,country,goods\nCSVT \u0081\u008d,MY,Rubber Gloves\n"
            .getBytes(StandardCharsets.ISO_8859_1),
        "could not be read");
    refused(
        kestrel,
        "name,region\nCSVT x,y\n".getBytes(StandardCharsets.UTF_8),
        "which are missing: Country, Goods (ILAB list)");
    refused(kestrel, "name,country,goods\n".getBytes(StandardCharsets.UTF_8), "no suppliers");
    refused(
        kestrel,
        "name,country,goods\n\"CSVT open,MY,Rubber Gloves\n".getBytes(StandardCharsets.UTF_8),
        "a quotation mark is not closed");
    StringBuilder many = new StringBuilder("name,country,goods\n");
    for (int i = 0; i <= SupplierCsvReader.MAX_ROWS; i++) {
      many.append("CSVT ").append(i).append(",MY,Rubber Gloves\n");
    }
    refused(kestrel, many.toString().getBytes(StandardCharsets.UTF_8), "more than 20000");
    assertEquals(0, count("CSVT%"));
    assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> SupplierImport.count()));
  }

  @Test
  void aRowOfTenThousandCharactersIsARowError() {
    Session kestrel = SignIn.session("company2");
    String file = "name,country,goods\nCSVT " + "x".repeat(10_000) + ",MY,Rubber Gloves\n";
    String preview = previewPath(upload(kestrel, "csvt-long.csv", file, "UTF-8"));
    kestrel
        .req()
        .get(preview)
        .then()
        .statusCode(200)
        .body(containsString("<td class=\"count\">2</td><td>Name</td>"))
        .body(containsString("This cell is longer than 1000 characters."))
        .body(not(containsString("Add these")));
  }

  @Test
  void aFiftyMegabyteUploadIsTurnedAwayBeforeItIsReadWithALocalisedPage() throws IOException {
    Session kestrel = SignIn.session("company2");
    String cookies =
        kestrel.cookies().getCookieStore().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      String head =
          "POST "
              + UPLOAD
              + " HTTP/1.1\r\nHost: localhost:"
              + RestAssured.port
              + "\r\nCookie: "
              + cookies
              + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
              + 50L * 1024 * 1024
              + "\r\n\r\n--b\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(new byte[256 * 1024]);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      assertEquals("HTTP/1.1 303 See Other", in.readLine());
      String location = "";
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        if (line.toLowerCase().startsWith("location:")) {
          location = line.substring(9).strip();
        }
      }
      assertEquals(UPLOAD + "?refused=too-large", location);
    }
    kestrel
        .req()
        .cookie("lang", "ms")
        .get(UPLOAD + "?refused=too-large")
        .then()
        .statusCode(200)
        .body(containsString("Fail ini melebihi 5 MB"));
  }

  @Test
  void anotherOrganisationsTokenIsNotFound() {
    Session kestrel = SignIn.session("company2");
    String preview =
        previewPath(
            upload(
                kestrel,
                "csvt-mine.csv",
                "name,country,goods\nCSVT Mine,MY,Rubber Gloves\n",
                "UTF-8"));
    Session northwind = SignIn.session("company");
    northwind.req().get(preview).then().statusCode(404);
    confirm(northwind, preview).then().statusCode(404);
    northwind
        .req()
        .formParam("csrf-token", northwind.csrfToken())
        .post(preview + "/discard")
        .then()
        .statusCode(404);
    northwind.req().get(UPLOAD + "/not-a-token").then().statusCode(404);
    SignIn.as("auditor").get(preview).then().statusCode(403);
    assertEquals(0, count("CSVT Mine"));
    kestrel.req().get(preview).then().statusCode(200);
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefused() {
    Session kestrel = SignIn.session("company2");
    kestrel
        .req()
        .multiPart(
            "file",
            "csvt-csrf.csv",
            "name,country,goods\nCSVT Csrf,MY,Rubber Gloves\n".getBytes(StandardCharsets.UTF_8),
            "text/csv")
        .post(UPLOAD)
        .then()
        .statusCode(400);
    assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> SupplierImport.count()));
  }

  @Test
  void theListLinksToImportExportAndTemplate() {
    SignIn.as("company2")
        .get("/risk/suppliers?country=MY")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/risk/suppliers/csv\""))
        .body(containsString("/risk/suppliers/csv/export?sort=risk&amp;page=1&amp;country=MY"))
        .body(containsString("href=\"/risk/suppliers/csv/template\""));
  }

  static Response upload(Session s, String name, String text, String charset) {
    return upload(s, name, text.getBytes(Charset.forName(charset)));
  }

  static Response upload(Session s, String name, byte[] bytes) {
    return s.req()
        .multiPart("csrf-token", s.csrfToken())
        .multiPart("file", name, bytes, "text/csv")
        .post(UPLOAD);
  }

  static String previewPath(Response upload) {
    upload.then().statusCode(303);
    return upload.header("Location").replaceFirst("^https?://[^/]+", "");
  }

  static Response confirm(Session s, String preview) {
    return s.req().formParam("csrf-token", s.csrfToken()).post(preview);
  }

  private static void refused(Session s, byte[] bytes, String message) {
    upload(s, "csvt-bad.csv", bytes).then().statusCode(400).body(containsString(message));
  }

  private static byte[] export(Session s) {
    return s.req().get(UPLOAD + "/export").then().statusCode(200).extract().asByteArray();
  }

  /** The exported rows of this test's suppliers, sorted. */
  private static List<String> ours(byte[] csv) throws IOException {
    List<String> rows = new ArrayList<>();
    for (CSVRecord r : records(csv)) {
      if (r.get(0).contains("CSVT")) {
        rows.add(String.join("\u001f", r.toList()));
      }
    }
    return List.copyOf(new TreeSet<>(rows));
  }

  /** The header and this test's rows of an export, written back as a file. */
  private static byte[] subset(byte[] csv) throws IOException {
    StringBuilder out = new StringBuilder("\uFEFF");
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      List<CSVRecord> records = records(csv);
      printer.printRecord(records.get(0).toList());
      for (CSVRecord r : records.subList(1, records.size())) {
        if (r.get(0).contains("CSVT")) {
          printer.printRecord(r.toList());
        }
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> records(byte[] csv) throws IOException {
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  private static byte[] withMark(byte[] mark, String text, String charset) {
    byte[] body = text.getBytes(Charset.forName(charset));
    byte[] all = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(body, 0, all, mark.length, body.length);
    return all;
  }

  private static long count(String namePattern) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Supplier.count("name like ?1", namePattern));
  }

  private static Supplier only(String name) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Supplier s = Supplier.<Supplier>find("name", name).singleResult();
              s.goodKeys.size();
              return s;
            });
  }
}
