package org.complychain.risk;

/**
 * Something wrong in an uploaded edition: where (file, line, element) and what. {@code value} is
 * the offending text, or the parser's own message for a file that is not well-formed XML.
 */
public record ImportProblem(String file, int line, String element, Kind kind, String value) {

  public enum Kind {
    NOT_XML,
    WRONG_ROOT,
    MISSING,
    NOT_YES_NO,
    UNKNOWN_COUNTRY,
    UNKNOWN_REGION,
    UNKNOWN_SECTOR,
    UNKNOWN_ADVANCEMENT,
    DUPLICATE,
    EMPTY
  }

  @Override
  public String toString() {
    return file + ":" + line + " <" + element + "> " + kind + " " + value;
  }
}
