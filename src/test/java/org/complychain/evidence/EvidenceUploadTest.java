package org.complychain.evidence;

import static org.complychain.evidence.EvidenceUploads.fileId;
import static org.complychain.evidence.EvidenceUploads.upload;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Uploads as a member sends them: what is accepted, what is refused and why, and downloads. */
@QuarkusTest
@DatabaseTest
class EvidenceUploadTest {

  @Inject EntityManager em;

  @ConfigProperty(name = "quarkus.http.body.uploads-directory")
  String uploads;

  @Test
  void everyAllowedTypeIsAcceptedAndComesBackByteForByteAsAnAttachment() {
    Session s = SignIn.session("company");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("policy.pdf", EvidenceSamples.pdf());
    files.put("poster.png", EvidenceSamples.png());
    files.put("photo.jpg", EvidenceSamples.jpeg());
    files.put("contract.docx", EvidenceSamples.docx());
    files.put("payroll.xlsx", EvidenceSamples.xlsx());
    files.put("training.odt", EvidenceSamples.odt());
    files.put("fees.ods", EvidenceSamples.ods());
    files.put("suppliers.csv", EvidenceSamples.csv());
    files.put("grievances.txt", EvidenceSamples.text());
    Map<String, String> types =
        Map.of(
            "policy.pdf", "application/pdf",
            "poster.png", "image/png",
            "photo.jpg", "image/jpeg",
            "suppliers.csv", "text/csv",
            "training.odt", "application/vnd.oasis.opendocument.text");
    for (var file : files.entrySet()) {
      Response response = upload(s, file.getKey(), file.getValue(), "Sample " + file.getKey());
      assertEquals(303, response.statusCode(), file.getKey() + ": " + response.asString());
      String id = fileId(response);
      Response download = s.req().get("/evidence/" + id + "/download");
      assertEquals(200, download.statusCode());
      assertArrayEquals(file.getValue(), download.asByteArray(), file.getKey());
      assertTrue(
          download.header("Content-Disposition").startsWith("attachment; filename=\""),
          download.header("Content-Disposition"));
      assertEquals("nosniff", download.header("X-Content-Type-Options"));
      assertEquals("no-store", download.header("Cache-Control"));
      if (types.containsKey(file.getKey())) {
        assertTrue(download.contentType().startsWith(types.get(file.getKey())), file.getKey());
      }
    }
    assertTrue(uploadsLeftOnDisk().isEmpty(), "temporary files deleted: " + uploadsLeftOnDisk());
  }

  @Test
  void impostorsAreRefusedWithAMessageAndNothingIsStored() {
    Session s = SignIn.session("company");
    long before = files();
    // Other tests' uploads refused before their body was read may still be on disk; none of these.
    List<String> leftBefore = uploadsLeftOnDisk();
    Map<String, byte[]> impostors = new LinkedHashMap<>();
    impostors.put("invoice.pdf", EvidenceSamples.windowsProgram());
    impostors.put("notes.txt", EvidenceSamples.linuxProgram());
    impostors.put("report.txt", EvidenceSamples.html());
    impostors.put("logo.png", EvidenceSamples.svg());
    impostors.put("contract.docx", EvidenceSamples.plainZip());
    impostors.put("sheet.xlsx", EvidenceSamples.docx());
    impostors.put("scan.png", EvidenceSamples.pngZipPolyglot());
    impostors.put("policy.pdf", EvidenceSamples.pdfWithScript());
    impostors.put("photo.jpg", EvidenceSamples.png());
    impostors.put("page.html", EvidenceSamples.html());
    impostors.put("drawing.svg", EvidenceSamples.svg());
    impostors.put("archive.zip", EvidenceSamples.plainZip());
    impostors.put("setup.exe", EvidenceSamples.windowsProgram());
    impostors.put("no-extension", EvidenceSamples.pdf());
    List<String> wrong = new ArrayList<>();
    for (var file : impostors.entrySet()) {
      Response response = upload(s, file.getKey(), file.getValue(), "Impostor");
      String body = response.asString();
      if (response.statusCode() != 400 || !body.contains("id=\"file-error\"")) {
        wrong.add(file.getKey() + " -> " + response.statusCode());
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(before, files());
    assertEquals(leftBefore, uploadsLeftOnDisk());
  }

  @Test
  void programsAreNamedAsSuch() {
    Session s = SignIn.session("company");
    upload(s, "invoice.pdf", EvidenceSamples.windowsProgram(), "Invoice")
        .then()
        .statusCode(400)
        .body(containsString("This file is a program."));
  }

  @Test
  void badFieldsGetLocalisedMessagesAndNothingIsStored() {
    Session s = SignIn.session("company");
    long before = files();
    s.req()
        .cookie("lang", "es")
        .multiPart("csrf-token", s.csrfToken())
        .multiPart("title", "")
        .multiPart("kind", "NONSENSE")
        .multiPart("issued", "2027-05-01")
        .multiPart("expires", "2027-02-30")
        .multiPart("file", "empty.pdf", new byte[0], "application/pdf")
        .post("/evidence")
        .then()
        .statusCode(400)
        .body(containsString("Escriba un título."))
        .body(containsString("Elija el tipo de evidencia."))
        .body(containsString("Escriba una fecha real"))
        .body(containsString("El archivo está vacío."));
    s.req()
        .multiPart("csrf-token", s.csrfToken())
        .multiPart("title", "Old policy")
        .multiPart("kind", "POLICY")
        .multiPart("issued", "2027-05-01")
        .multiPart("expires", "2027-01-01")
        .multiPart("file", "p.pdf", EvidenceSamples.pdf(), "application/pdf")
        .post("/evidence")
        .then()
        .statusCode(400)
        .body(containsString("on or after the issue date"));
    assertEquals(before, files());
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimitNamed() {
    Session s = SignIn.session("company");
    long before = files();
    byte[] big = EvidenceSamples.concat(EvidenceSamples.pdf(), new byte[20 * 1024 * 1024]);
    upload(s, "big.pdf", big, "Too big")
        .then()
        .statusCode(400)
        .body(containsString("larger than 20 MB"));
    assertEquals(before, files());
  }

  @Test
  void pathsControlCharactersAndVeryLongNamesAreTamed() {
    Session s = SignIn.session("company");
    String id = fileId(upload(s, "../../etc/\u0007pass\twd.txt", EvidenceSamples.text(), "Tamed"));
    assertEquals("passwd.txt", originalName(id));
    String longName = "a".repeat(10_000) + ".pdf";
    Response response = upload(s, longName, EvidenceSamples.pdf(), "Long name");
    assertEquals(303, response.statusCode());
    String kept = originalName(fileId(response));
    assertEquals(200, kept.length());
    assertTrue(kept.endsWith(".pdf"));
  }

  @Test
  void theDownloadNamesTheFileForEveryBrowser() {
    assertEquals(
        "attachment; filename=\"Pol_tica _1.pdf\"; filename*=UTF-8''Pol%C3%ADtica%20%221.pdf",
        EvidenceDownload.disposition("Política \"1.pdf"));
  }

  @Test
  void theSameFileTwiceIsRecognisedAndOfferedInstead() {
    Session s = SignIn.session("company");
    byte[] bytes = EvidenceSamples.pdf();
    String first = fileId(upload(s, "code.pdf", bytes, "Code of conduct"));
    long before = files();
    Response again = upload(s, "code-copy.pdf", bytes, "Code of conduct again");
    assertEquals(303, again.statusCode());
    assertTrue(again.header("Location").contains("/evidence/" + first + "?duplicate=1"));
    assertEquals(before, files());
    s.req()
        .get("/evidence/" + first + "?duplicate=1")
        .then()
        .statusCode(200)
        .body(containsString("You already uploaded this file"));
  }

  @Test
  void aPostWithoutCsrfTokenStoresNothing() {
    Session s = SignIn.session("company");
    s.csrfToken();
    long before = files();
    int status =
        s.req()
            .multiPart("title", "No token")
            .multiPart("kind", "POLICY")
            .multiPart("file", "p.pdf", EvidenceSamples.pdf(), "application/pdf")
            .post("/evidence")
            .statusCode();
    assertTrue(status >= 400 && status < 500, "status " + status);
    assertEquals(before, files());
  }

  private List<String> uploadsLeftOnDisk() {
    File[] left = new File(uploads).listFiles();
    return left == null ? List.of() : java.util.Arrays.stream(left).map(File::getName).toList();
  }

  private String originalName(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery("select original_name from evidence_file where id = ?1")
                        .setParameter(1, java.util.UUID.fromString(id))
                        .getSingleResult());
  }

  private long files() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("select count(*) from evidence_file")
                            .getSingleResult())
                    .longValue());
  }
}
