package org.complychain.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The one TrueType family every plan PDF embeds: Liberation Sans (regular, bold, italic), which
 * covers every letter of English, Spanish, French and Malay plus €, curly quotes and dashes.
 *
 * <p>Parsing a TrueType file costs far more than laying out a page, so the app parses the fonts
 * once per JVM ({@link #shared()}) and every document reuses them; a {@code BaseFont} keeps no
 * per-document state (the glyphs a document uses are tracked by its writer).
 */
public record PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic) {

  private static final class Shared {
    static final PdfFonts FONTS = load();
  }

  public static PdfFonts shared() {
    return Shared.FONTS;
  }

  /** Parses the font files anew. Only the benchmark's comparison path does this per document. */
  public static PdfFonts load() {
    return new PdfFonts(
        font("LiberationSans-Regular.ttf"),
        font("LiberationSans-Bold.ttf"),
        font("LiberationSans-Italic.ttf"));
  }

  private static BaseFont font(String file) {
    try (InputStream in =
        PdfFonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the classpath: liberation/" + file);
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
