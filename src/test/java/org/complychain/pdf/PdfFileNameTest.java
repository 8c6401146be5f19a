package org.complychain.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The name a downloaded plan is saved under is safe for every browser and file system. */
class PdfFileNameTest {

  private static final Pattern HEADER =
      Pattern.compile("attachment; filename=\"([^\"]*)\"; filename\\*=UTF-8''([A-Za-z0-9.%-]+)");

  @Test
  void charactersUnsafeInFileNamesNeverReachTheName() {
    String header =
        PdfFileName.contentDisposition(
            "compliance-plan", PlanPdfEdgeCasesTest.UNSAFE_NAME, "2027 plan", "en");
    Matcher m = HEADER.matcher(header);
    assertTrue(m.matches(), header);
    assertEquals("compliance-plan-cafe-nino-ltd-a-b-c-d-2027-plan-en.pdf", m.group(1));
    assertEquals("compliance-plan-caf%C3%A9-ni%C3%B1o-ltd-a-b-c-d-2027-plan-en.pdf", m.group(2));
    for (String unsafe : new String[] {"/", "\\", ":", "*", "?", "<", ">", "|", "\"", "..", " "}) {
      assertTrue(!m.group(1).contains(unsafe) && !m.group(2).contains(unsafe), unsafe);
    }
  }

  @Test
  void theNameIsInTheLanguageOfTheDocument() {
    assertEquals(
        "attachment; filename=\"pelan-pematuhan-northwind-apparel-ltd-2027-plan-ms.pdf\";"
            + " filename*=UTF-8''pelan-pematuhan-northwind-apparel-ltd-2027-plan-ms.pdf",
        PdfFileName.contentDisposition(
            "pelan-pematuhan", "Northwind Apparel Ltd", "2027 plan", "ms"));
    assertEquals(
        "plan-de-conformite-societe-generale-d-oeuvres-plan-2027-fr.pdf",
        name(
            PdfFileName.contentDisposition(
                "plan-de-conformite", "Société Générale d’Œuvres", "Plan 2027", "fr")));
  }

  @Test
  void namesWithoutLatinLettersOrOfAnyLengthStillGiveAShortName() {
    String header =
        PdfFileName.contentDisposition("compliance-plan", "株式会社 ../../etc/passwd", "計画", "en");
    assertEquals("compliance-plan-etc-passwd-en.pdf", name(header));
    assertTrue(header.contains("filename*=UTF-8''compliance-plan-%E6%A0%AA"), header);

    String longName =
        PdfFileName.contentDisposition("compliance-plan", "A".repeat(500), "B".repeat(200), "es");
    assertTrue(name(longName).length() <= 130, name(longName));
    assertTrue(name(longName).endsWith("-es.pdf"));
  }

  private static String name(String header) {
    Matcher m = HEADER.matcher(header);
    assertTrue(m.matches(), header);
    return m.group(1);
  }
}
