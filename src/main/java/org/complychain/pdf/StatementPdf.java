package org.complychain.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * Lays out a draft statement with the plan document's fonts and type, so every script an answer is
 * written in is drawn. Placeholders stand out in a shaded box so nobody publishes them unnoticed.
 */
public final class StatementPdf {

  private static final Color PLACEHOLDER = new Color(0xff, 0xf4, 0xce);

  private StatementPdf() {}

  public static byte[] render(StatementDocument d) {
    Typography type = new Typography(PdfFonts.shared());
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document document = new Document(PageSize.A4, 56, 56, 64, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle(Typography.clean(d.title()));
    document.addAuthor(Typography.clean(d.organisation()));
    document.addCreator("Comply Chain");
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(d.lang()));
    document.open();
    document.add(type.heading(d.title(), type.h1, null));
    document.add(type.paragraph(d.organisation(), type.bold));
    for (String line : d.preamble()) {
      document.add(type.paragraph(line, type.italic));
    }
    for (StatementDocument.Section s : d.sections()) {
      document.add(type.heading(s.heading(), type.h2, null));
      for (StatementDocument.Entry e : s.entries()) {
        if (e.placeholder()) {
          document.add(placeholder(type, e.text()));
        } else {
          if (e.label() != null) {
            document.add(type.paragraph(e.label(), type.smallBold));
          }
          document.add(type.paragraph(e.text(), type.body));
        }
      }
    }
    StatementDocument.Signature sig = d.signature();
    document.add(type.heading(sig.heading(), type.h2, null));
    document.add(type.paragraph(sig.requirement(), type.body));
    PdfPTable lines = type.table(1, 2);
    for (String field : sig.fields()) {
      lines.addCell(type.cell(field, type.bold));
      PdfPCell blank = type.cell(" ", type.body);
      blank.setMinimumHeight(28);
      lines.addCell(blank);
    }
    document.add(lines);
    document.close();
    return out.toByteArray();
  }

  private static PdfPTable placeholder(Typography type, String text) {
    PdfPTable box = type.table(1);
    PdfPCell cell = type.cell(text, type.warning);
    cell.setBackgroundColor(PLACEHOLDER);
    cell.setPadding(6);
    box.addCell(cell);
    return box;
  }
}
