package org.complychain.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.util.List;
import java.util.Map;
import org.complychain.plan.AnswerStatus;

/**
 * One element of the plan: each key question in the document's language and what the company
 * answered. Answers run as ordinary paragraphs, so one of 10,000 characters simply continues on the
 * next page.
 */
final class ElementSection {

  /** Room for a question's heading, its status line and the first lines of its answer. */
  private static final float QUESTION_START = 96;

  private ElementSection() {}

  static void add(
      Composer c, PlanDocument.Element e, Map<String, List<PlanDocument.Action>> actions) {
    PdfMessages m = c.m;
    Typography type = c.type;
    c.section("element:" + e.id(), m.element_heading(e.number(), e.title()));
    c.add(type.paragraph(m.element_complete(e.answered(), e.questions().size()), type.smallMuted));
    for (PlanDocument.Question q : e.questions()) {
      c.keepSpace(QUESTION_START);
      c.add(type.heading(q.ref() + "  " + q.text(), type.h3, null));
      c.add(statusLine(c, q));
      if (q.status() == AnswerStatus.NOT_APPLICABLE && present(q.naReason())) {
        Paragraph reason = type.paragraph(null, type.body);
        reason.add(new Chunk(m.answer_reason_label() + " ", type.bold));
        type.append(reason, q.naReason(), type.body);
        c.add(reason);
      }
      if (present(q.answer())) {
        c.add(type.paragraph(q.answer(), type.body));
      } else if (q.status() != AnswerStatus.NOT_APPLICABLE) {
        c.add(type.paragraph(m.answer_none(), type.italic));
      }
      List<PlanDocument.Action> linked = actions.getOrDefault(q.id(), List.of());
      if (!linked.isEmpty()) {
        c.add(type.paragraph(m.answer_actions(), type.smallBold));
        for (PlanDocument.Action a : linked) {
          Paragraph line =
              type.paragraph(
                  "• "
                      + m.answer_action(
                          a.description(), c.date(a.due()), c.text.status(a.status())),
                  type.small);
          line.setIndentationLeft(8);
          c.add(line);
        }
      }
    }
  }

  private static Paragraph statusLine(Composer c, PlanDocument.Question q) {
    PdfMessages m = c.m;
    Typography type = c.type;
    Phrase phrase = new Phrase(type.small.getSize() * 1.4f, "", type.small);
    label(phrase, type, m.answer_status_label(), c.text.status(q.status()));
    if (present(q.owner())) {
      phrase.add(new Chunk("   ", type.small));
      label(phrase, type, m.answer_owner_label(), q.owner());
    }
    if (q.target() != null) {
      phrase.add(new Chunk("   ", type.small));
      label(phrase, type, m.answer_target_label(), c.date(q.target()));
    }
    Paragraph p = new Paragraph(phrase);
    p.setSpacingAfter(4);
    return p;
  }

  private static void label(Phrase phrase, Typography type, String label, String value) {
    phrase.add(new Chunk(label + " ", type.smallMuted));
    type.append(phrase, value, type.smallBold);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
