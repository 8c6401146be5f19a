package org.complychain.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * What suppliers write in their own scripts reaches the PDF: every letter is drawn with a font that
 * has it, and a character no font has is drawn as a visible replacement and listed in an annex.
 */
class PlanPdfScriptsTest {

  /** A sentence per script, in the words a supplier might use, each after a Latin label. */
  static final Map<String, String> SENTENCES = new LinkedHashMap<>();

  static {
    SENTENCES.put("Chinese", "供应商不得雇用童工，工人可以自由离职。");
    SENTENCES.put("Bengali", "শিশু শ্রম নিষিদ্ধ, শ্রমিকরা স্বাধীনভাবে চাকরি ছাড়তে পারেন।");
    SENTENCES.put("Thai", "ห้ามใช้แรงงานเด็ก คนงานลาออกได้อย่างอิสระ");
    SENTENCES.put("Arabic", "يمنع تشغيل الأطفال، ويحق للعمال ترك العمل بحرية.");
    SENTENCES.put("Devanagari", "बाल श्रम निषिद्ध है, श्रमिक स्वतंत्र रूप से नौकरी छोड़ सकते हैं।");
    SENTENCES.put("Tamil", "குழந்தைத் தொழிலாளர் முறை தடைசெய்யப்பட்டுள்ளது.");
    SENTENCES.put("Khmer", "ហាមប្រើពលកម្មកុមារ កម្មករអាចលាឈប់ដោយសេរី។");
    SENTENCES.put("Burmese", "ကလေးလုပ်သား မခိုင်းစေရ၊ အလုပ်သမားများ လွတ်လပ်စွာ ထွက်ခွင့်ရှိသည်။");
    SENTENCES.put("Emoji", "✅ 👷 🧒 🏭 🚫");
  }

  static String allScripts() {
    StringBuilder out = new StringBuilder();
    SENTENCES.forEach((script, sentence) -> out.append(script).append(": ").append(sentence));
    return out.toString();
  }

  @Test
  void everyScriptASupplierWritesIsInTheExtractedText() throws IOException {
    PdfText text = BundleFiles.text("en");
    PlanDocument d =
        SamplePlans.plan(
            "en",
            q -> q.id().equals("e1.q1") ? sentencesOnTheirOwnLines() : null,
            0,
            "Northwind 北风服装有限公司");
    try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
      String extracted = pdf.reading();
      for (Map.Entry<String, String> s : SENTENCES.entrySet()) {
        String line = lineAfter(extracted, s.getKey() + ": ");
        assertEquals(letters(s.getValue()), letters(line), s.getKey() + ": letters in order");
        assertEquals(
            sorted(s.getValue()), sorted(line), s.getKey() + ": every character, nothing more");
      }
      assertTrue(pdf.page(1).contains("Northwind 北风服装有限公司"), "name on the cover");
      assertTrue(pdf.page(2).contains("Northwind 北风服装有限公司 · 2027 plan"), "running header");
      assertFalse(extracted.contains("\uFFFD"), "nothing needed a replacement");
      assertFalse(
          PdfPages.flat(extracted).contains(text.m().missing_title()),
          "no annex when every character was drawn");
      for (PDFont font : pdf.fonts()) {
        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
      }
    }
  }

  @Test
  void aCharacterNoFontHasIsDrawnAsAReplacementAndListedInTheAnnex() throws IOException {
    for (String lang : List.of("en", "es", "fr", "ms")) {
      PdfText text = BundleFiles.text(lang);
      PdfMessages m = text.m();
      String privateUse = "Marke \uE000 und \uDB80\uDC01 Ende";
      PlanDocument d = SamplePlans.plan(lang, q -> privateUse + " " + q.id(), 1, "Northwind");
      try (PdfPages pdf = new PdfPages(PlanPdf.render(d, text))) {
        String all = pdf.flat();
        assertTrue(all.contains("Marke \uFFFD und \uFFFD Ende"), "visible replacement in place");
        List<PdfPages.Bookmark> marks = pdf.bookmarks();
        assertEquals(m.missing_title(), marks.get(marks.size() - 1).title(), "annex is last");
        String annex = PdfPages.flat(pdf.page(pdf.count()));
        assertTrue(annex.contains(m.missing_title()), lang);
        assertTrue(annex.contains(PdfPages.flat(m.missing_intro())), lang);
        assertTrue(annex.contains("U+E000"), "private-use character listed");
        assertTrue(annex.contains("U+F0001"), "supplementary private-use character listed");
      }
    }
  }

  @Test
  void aPlanInEveryScriptGivesTheSameBytesEachTime() {
    PlanDocument d = SamplePlans.plan("fr", q -> allScripts() + " \uE000 " + q.id(), 3, "北风");
    PdfText text = BundleFiles.text("fr");
    byte[] first = PlanPdf.render(d, text);
    assertArrayEquals(first, PlanPdf.render(d, text));
    assertArrayEquals(
        first,
        CompletableFuture.supplyAsync(() -> PlanPdf.render(d, text)).join(),
        "on another thread, with the same shared fonts");
  }

  private static String sentencesOnTheirOwnLines() {
    StringBuilder out = new StringBuilder();
    SENTENCES.forEach((script, sentence) -> out.append(script + ": " + sentence + "\n"));
    return out.toString().strip();
  }

  /** The extracted text from a label to the end of its line. */
  private static String lineAfter(String extracted, String label) {
    int start = extracted.indexOf(label);
    assertTrue(start >= 0, "label " + label + " in the extracted text");
    int end = extracted.indexOf('\n', start);
    return extracted.substring(start + label.length(), end < 0 ? extracted.length() : end);
  }

  /**
   * The comparison, first part: the letters, combining marks and digits of a text in compatibility
   * normal form (NFKC turns Arabic presentation forms back into letters), in their order. Shaping
   * draws glyphs in another order than the letters were typed (an Indic vowel sign before its
   * consonant, Arabic right to left), so the typed order can only come back through the ActualText
   * the PDF carries beside the glyphs.
   */
  static String letters(String text) {
    return normalised(text)
        .filter(c -> Character.isLetterOrDigit(c) || isMark(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /**
   * The comparison, second part: every character but white space and invisible format characters,
   * sorted, so punctuation counts too. Where a viewer puts the full stop of an Arabic sentence in a
   * left-to-right line is a matter of bidirectional layout, not of a lost character.
   */
  static String sorted(String text) {
    return normalised(text)
        .filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT)
        .filter(c -> !(c >= 0xFE00 && c <= 0xFE0F))
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static IntStream normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
