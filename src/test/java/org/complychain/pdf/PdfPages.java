package org.complychain.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** A generated PDF as its reader meets it: the text of each page, its fonts, its bookmarks. */
final class PdfPages implements AutoCloseable {

  final PDDocument doc;
  final List<String> pages = new ArrayList<>();

  PdfPages(byte[] pdf) {
    try {
      doc = Loader.loadPDF(pdf);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int count() {
    return pages.size();
  }

  /** Text of page {@code number} (from 1). */
  String page(int number) {
    return pages.get(number - 1);
  }

  /** All the text, with any run of white space (line ends included) as one space. */
  String flat() {
    return flat(String.join("\n", pages));
  }

  static String flat(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  /** Text without any white space at all: a word broken over two lines reads whole again. */
  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Room at the top and bottom of a page for the running header and the footer, in points. */
  private static final float MARGIN_BAND = 50;

  /**
   * The running text as a reader follows it from page to page: without the running header, the
   * footer and the diagonal watermark, so a paragraph that continues on the next page reads on.
   */
  String reading() {
    try {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
              float y = t.getYDirAdj();
              if (!rotated(t) && y > MARGIN_BAND && y < t.getPageHeight() - MARGIN_BAND) {
                super.processTextPosition(t);
              }
            }
          };
      return stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text drawn at an angle on each page: the watermark, if there is one. */
  List<String> diagonal() {
    List<StringBuilder> perPage = new ArrayList<>();
    try {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
              perPage.add(new StringBuilder());
            }

            @Override
            protected void processTextPosition(TextPosition t) {
              if (rotated(t)) {
                perPage.get(perPage.size() - 1).append(t.getUnicode());
              }
            }
          };
      stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return perPage.stream().map(StringBuilder::toString).toList();
  }

  private static boolean rotated(TextPosition t) {
    Matrix m = t.getTextMatrix();
    return Math.abs(m.getShearX()) > 0.01 || Math.abs(m.getShearY()) > 0.01;
  }

  /** Every glyph on every page, to check where text was placed. */
  void glyphs(Consumer<TextPosition> each) {
    try {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              each.accept(text);
            }
          };
      stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every font the pages use, including those inside form XObjects (chart, footers). */
  List<PDFont> fonts() {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      collect(page.getResources(), fonts);
    }
    return fonts;
  }

  private static void collect(PDResources resources, List<PDFont> fonts) {
    if (resources == null) {
      return;
    }
    try {
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
      for (COSName name : resources.getXObjectNames()) {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDFormXObject form) {
          collect(form.getResources(), fonts);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Bookmark(String title, int page) {}

  List<Bookmark> bookmarks() {
    List<Bookmark> out = new ArrayList<>();
    try {
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        PDPage page = item.findDestinationPage(doc);
        out.add(new Bookmark(item.getTitle(), doc.getPages().indexOf(page) + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
