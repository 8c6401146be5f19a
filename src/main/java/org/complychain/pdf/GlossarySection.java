package org.complychain.pdf;

import com.lowagie.text.Paragraph;

/** The key terms of the guidance, in the document's language and its alphabetical order. */
final class GlossarySection {

  private GlossarySection() {}

  static void add(Composer c, PlanDocument d) {
    Typography type = c.type;
    c.section("glossary", c.m.glossary_title());
    c.add(type.paragraph(c.m.glossary_intro(), type.body));
    for (PlanDocument.Term t : d.glossary()) {
      Paragraph term = type.paragraph(t.term(), type.bold);
      term.setSpacingAfter(1);
      c.keepSpace(48);
      c.add(term);
      c.add(type.paragraph(t.definition(), type.body));
    }
  }
}
