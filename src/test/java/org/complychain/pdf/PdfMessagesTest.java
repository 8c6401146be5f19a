package org.complychain.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.complychain.web.Languages;
import org.junit.jupiter.api.Test;

/**
 * The PDF's bundle files hold exactly the interface's keys (what the unit tests read without
 * Quarkus must be what Qute serves). Parity, placeholders and translation of all bundle families
 * are checked by MessageBundleTest.
 */
class PdfMessagesTest {

  @Test
  void everyLanguageFileHoldsExactlyTheKeysOfTheInterface() {
    Set<String> methods =
        Arrays.stream(PdfMessages.class.getDeclaredMethods())
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    for (String lang : Languages.CODES) {
      assertEquals(
          methods,
          new TreeSet<>(BundleFiles.load("pdf", lang).stringPropertyNames()),
          "keys of pdf_" + lang);
    }
  }

  @Test
  void theWatermarkAndTheFooterAreInTheDocumentLanguage() {
    List<String> marks =
        Languages.CODES.stream().map(l -> BundleFiles.text(l).m().watermark()).toList();
    assertEquals(List.of("DRAFT", "BORRADOR", "BROUILLON", "DRAF"), marks);
    assertEquals("Halaman 2 daripada 9", BundleFiles.text("ms").m().footer_page(2, 9));
    assertEquals("Page 2 sur 9", BundleFiles.text("fr").m().footer_page(2, 9));
  }
}
