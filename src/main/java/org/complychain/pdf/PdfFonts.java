package org.complychain.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fonts every plan PDF draws with. Liberation Sans (regular, bold, italic) sets the document's
 * own words and every letter of English, Spanish, French and Malay; the company's answers may hold
 * any script, so one Noto face per script follows as a fallback, tried in this order for each
 * character the face before it lacks (see {@link TextRuns}). Only the faces a document uses are
 * embedded, each as a subset.
 *
 * <p>Parsing a font file costs far more than laying out a page, so the app parses the fonts once
 * per JVM ({@link #shared()}) and every document reuses them; a {@code BaseFont} keeps no
 * per-document state (the glyphs a document uses are tracked by its writer). The benchmark in
 * {@code PlanPdfBenchmark} measures both.
 */
public record PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic, List<BaseFont> fallbacks) {

  /**
   * Scripts whose letters change shape or order with their neighbours (joining Arabic, Indic
   * conjuncts and vowel signs, stacked Thai and Khmer marks). Their faces go through OpenPDF's
   * {@link LayoutProcessor}, which shapes each run with the JDK's OpenType layout.
   */
  private static final List<String> SHAPED =
      List.of(
          "NotoSansArabic-Regular.ttf",
          "NotoSansHebrew-Regular.ttf",
          "NotoSansDevanagari-Regular.ttf",
          "NotoSansBengali-Regular.ttf",
          "NotoSansGurmukhi-Regular.ttf",
          "NotoSansGujarati-Regular.ttf",
          "NotoSansTamil-Regular.ttf",
          "NotoSansTelugu-Regular.ttf",
          "NotoSansKannada-Regular.ttf",
          "NotoSansMalayalam-Regular.ttf",
          "NotoSansSinhala-Regular.ttf",
          "NotoSansThai-Regular.ttf",
          "NotoSansLao-Regular.ttf",
          "NotoSansKhmer-Regular.ttf",
          "NotoSansMyanmar-Regular.ttf");

  /** Faces whose letters stand alone; the first also holds U+FFFD, the replacement character. */
  private static final List<String> PLAIN_BEFORE = List.of("NotoSans-Regular.ttf");

  private static final List<String> PLAIN_AFTER =
      List.of(
          "NotoSansGeorgian-Regular.ttf",
          "NotoSansArmenian-Regular.ttf",
          "NotoSansEthiopic-Regular.ttf",
          "NotoSansCJKsc-Regular.otf",
          "NotoSansSymbols-Regular.ttf",
          "NotoSansSymbols2-Regular.ttf",
          "NotoEmoji-Regular.ttf");

  /** Every Noto file, in the order the faces are tried. */
  static final List<String> FALLBACK_FILES =
      Stream.of(PLAIN_BEFORE, SHAPED, PLAIN_AFTER).flatMap(List::stream).toList();

  private static final class Shared {
    static final PdfFonts FONTS = parse();
  }

  /** The faces of the JVM, parsed on first use. */
  public static PdfFonts shared() {
    return Shared.FONTS;
  }

  /**
   * Parses every face. OpenPDF's layout processor is switched on for the whole JVM and, once on,
   * wants to shape with every face parsed after it; so the faces that need no shaping are parsed
   * first, and only the shaped ones are handed to it. This is also why the faces are parsed once
   * per JVM and never per document.
   */
  private static PdfFonts parse() {
    BaseFont regular = liberation("LiberationSans-Regular.ttf");
    BaseFont bold = liberation("LiberationSans-Bold.ttf");
    BaseFont italic = liberation("LiberationSans-Italic.ttf");
    List<BaseFont> before = PLAIN_BEFORE.stream().map(PdfFonts::noto).toList();
    List<BaseFont> after = PLAIN_AFTER.stream().map(PdfFonts::noto).toList();
    List<BaseFont> shaped = SHAPED.stream().map(PdfFonts::noto).toList();
    LayoutProcessor.enable();
    // A shaped glyph may stand for several letters (a Bengali conjunct) or for letters in another
    // order (a vowel sign drawn before its consonant); the typed text goes beside the glyphs as
    // ActualText, so copying, searching and screen readers get the letters the company wrote.
    LayoutProcessor.setWriteActualText();
    for (int i = 0; i < shaped.size(); i++) {
      LayoutProcessor.loadFont(shaped.get(i), "fonts/noto/" + SHAPED.get(i));
    }
    List<BaseFont> fallbacks = new ArrayList<>(before);
    fallbacks.addAll(shaped);
    fallbacks.addAll(after);
    return new PdfFonts(regular, bold, italic, List.copyOf(fallbacks));
  }

  /** The face that draws U+FFFD for a character no face has. */
  BaseFont replacement() {
    return fallbacks.get(0);
  }

  private static BaseFont liberation(String file) {
    return font("liberation/" + file, file);
  }

  private static BaseFont noto(String file) {
    return font("fonts/noto/" + file, file);
  }

  private static BaseFont font(String resource, String file) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the classpath: " + resource);
      }
      BaseFont font =
          BaseFont.createFont(
              file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
      font.setSecureRandom(new FixedSubsetTag(file));
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * OpenPDF names each embedded subset with six random capitals ("ABCDEF+LiberationSans"), which
   * would make two renderings of the same plan differ. The PDF specification only asks that
   * different subsets in one file get different tags; each face is embedded once per document, so a
   * tag derived from the face's file name is unique within the file and stable across runs.
   */
  private static final class FixedSubsetTag extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final double value;

    FixedSubsetTag(String file) {
      this.value = Math.floorMod(file.hashCode(), 26) / 26.0 + 0.01;
    }

    @Override
    public double nextDouble() {
      return value;
    }
  }
}
