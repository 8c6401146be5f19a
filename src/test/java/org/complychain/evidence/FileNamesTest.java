package org.complychain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void foldersControlAndDirectionCharactersAndLeadingDotsGo() {
    assertEquals("passwd.txt", FileNames.sanitise("../../etc/pass\u0000wd.txt"));
    assertEquals("report.pdf", FileNames.sanitise("C:\\Users\\x\\report.pdf"));
    assertEquals("invoicefdp.exe", FileNames.sanitise("invoice\u202Efdp.exe"));
    assertEquals("hidden.pdf", FileNames.sanitise("...hidden.pdf"));
    assertEquals("Política de compras.pdf", FileNames.sanitise("Política de compras.pdf"));
    assertEquals("", FileNames.sanitise(null));
  }

  @Test
  void aVeryLongNameIsCutBeforeItsExtension() {
    String kept = FileNames.sanitise("é".repeat(10_000) + ".docx");
    assertEquals(FileNames.MAX, kept.length());
    assertTrue(kept.endsWith("é.docx"));
  }
}
