package org.complychain.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * The action plan: every corrective action in one table whose header repeats on each page.
 *
 * <p>A row that does not fit at the bottom of a page moves to the next page whole. That would leave
 * most of a page empty before an action described in thousands of characters, so such a row goes
 * into a table fragment of its own that may split anywhere; the fragments follow each other without
 * a gap and print the header only at the top of a page, so the reader sees one table.
 */
final class ActionTable {

  private static final float[] WIDTHS = {25, 17, 14, 11, 21, 12};

  /** Text length below which a row is certainly short; longer rows are measured. */
  private static final int SHORT_TEXT = 600;

  private ActionTable() {}

  static void add(Composer c, PlanDocument d) {
    PdfMessages m = c.m;
    Typography type = c.type;
    c.section("actions", m.actions_title());
    c.add(type.paragraph(m.actions_intro(), type.body));
    if (d.actions().isEmpty()) {
      c.add(type.paragraph(m.actions_none(), type.italic));
      return;
    }
    float tall = (c.document.top() - c.document.bottom()) / 3;
    boolean headerShown = false;
    PdfPTable table = fragment(c, false);
    for (PlanDocument.Action a : d.actions()) {
      List<PdfPCell> row = row(c, a);
      if (!isTall(c, a, row, tall)) {
        row.forEach(table::addCell);
        continue;
      }
      if (table.size() > 1) {
        c.add(table);
        headerShown = true;
      }
      PdfPTable alone = fragment(c, headerShown);
      alone.setSplitLate(false);
      row.forEach(alone::addCell);
      c.add(alone);
      headerShown = true;
      table = fragment(c, true);
    }
    if (table.size() > 1) {
      c.add(table);
    }
  }

  private static PdfPTable fragment(Composer c, boolean skipFirstHeader) {
    PdfMessages m = c.m;
    PdfPTable table = c.type.table(WIDTHS);
    table.setSpacingBefore(skipFirstHeader ? 0 : 4);
    table.setSpacingAfter(0);
    table.setHeaderRows(1);
    table.setSkipFirstHeader(skipFirstHeader);
    for (String h :
        new String[] {
          m.actions_col_action(), m.actions_col_element(), m.actions_col_owner(),
          m.actions_col_due(), m.actions_col_verification(), m.actions_col_status()
        }) {
      table.addCell(c.type.headerCell(h));
    }
    return table;
  }

  private static List<PdfPCell> row(Composer c, PlanDocument.Action a) {
    Typography type = c.type;
    Phrase element = new Phrase(type.tiny.getSize() * 1.3f, "", type.tiny);
    element.add(
        new Chunk(a.elementNumber() + ". " + Typography.clean(a.elementTitle()), type.tiny));
    element.add(new Chunk("\n" + a.questionRef(), type.tinyMuted));
    Phrase due = new Phrase(type.small.getSize() * 1.3f, c.date(a.due()), type.small);
    if (a.overdue()) {
      due.add(new Chunk("\n" + c.m.actions_overdue(), type.warning));
    }
    return List.of(
        type.cell(a.description(), type.small),
        type.cell(element),
        type.cell(a.owner(), type.small),
        type.cell(due),
        type.cell(a.verification(), type.small),
        type.cell(c.text.status(a.status()), type.small));
  }

  private static boolean isTall(
      Composer c, PlanDocument.Action a, List<PdfPCell> row, float limit) {
    int length = a.description().length() + a.verification().length() + a.owner().length();
    if (length < SHORT_TEXT) {
      return false;
    }
    PdfPTable measure = new PdfPTable(WIDTHS);
    measure.setTotalWidth(c.width());
    measure.setLockedWidth(true);
    row.forEach(measure::addCell);
    return measure.getRowHeight(0) > limit;
  }
}
