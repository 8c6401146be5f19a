package org.complychain.exchange;

/**
 * Makes a text safe as a spreadsheet cell: a value that a spreadsheet would read as a formula
 * (starting with =, +, -, @, or a tab or carriage return before one) gets a leading apostrophe, so
 * it is shown as the text it is and never run.
 */
public final class CsvCells {

  private CsvCells() {}

  public static String neutralise(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
