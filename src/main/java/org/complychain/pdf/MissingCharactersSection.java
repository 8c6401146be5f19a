package org.complychain.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The annex that lists every character no font of the document could draw. Each was printed as
 * U+FFFD where it occurs; the list tells the reader which character the company actually wrote, so
 * an approved document never differs silently from the saved plan.
 */
final class MissingCharactersSection {

  private MissingCharactersSection() {}

  static void add(Composer c, SortedMap<Integer, String> missing) {
    if (missing.isEmpty()) {
      return;
    }
    PdfMessages m = c.m;
    Typography type = c.type;
    c.section("missing", m.missing_title());
    c.add(type.paragraph(m.missing_intro(), type.body));
    var table = type.table(20, 80);
    table.setHeaderRows(1);
    table.addCell(type.headerCell(m.missing_col_code()));
    table.addCell(type.headerCell(m.missing_col_context()));
    // Copied first: drawing the contexts goes through the same runs that fill the map.
    for (Map.Entry<Integer, String> e : new TreeMap<>(missing).entrySet()) {
      table.addCell(type.cell(codePoint(e.getKey()), type.small));
      table.addCell(type.cell(e.getValue(), type.small));
    }
    c.add(table);
  }

  static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }
}
