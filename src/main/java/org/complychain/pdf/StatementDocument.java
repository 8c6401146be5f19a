package org.complychain.pdf;

import java.util.List;

/**
 * A draft statement as the document builders take it, every text already in the document's
 * language: the law's criteria as sections, each filled with the company's answers or with a marked
 * placeholder, and the approval and signature block the law asks for.
 */
public record StatementDocument(
    String lang,
    String title,
    String organisation,
    List<String> preamble,
    List<Section> sections,
    Signature signature) {

  public record Section(String heading, List<Entry> entries) {}

  /** An answer (label: the question), or a placeholder for a gap the company must fill. */
  public record Entry(boolean placeholder, String label, String text) {}

  /** What the law requires, and the lines to fill in when signing. */
  public record Signature(String heading, String requirement, List<String> fields) {}
}
