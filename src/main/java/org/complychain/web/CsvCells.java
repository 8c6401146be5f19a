package org.complychain.web;

/**
 * Spreadsheet cells the product writes and reads back. A value a spreadsheet would take for a
 * formula (starting with =, +, -, @, a tab or a carriage return) is written with a leading
 * apostrophe, so that it is shown as the text it is and never run; spreadsheets hide the
 * apostrophe, and reading the cell back removes it again.
 */
public final class CsvCells {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvCells() {}

  public static String neutralised(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** A cell as {@link #neutralised} wrote it, read back as the value it was. */
  public static String unescaped(String cell) {
    return cell.length() > 1
            && cell.charAt(0) == '\''
            && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }
}
