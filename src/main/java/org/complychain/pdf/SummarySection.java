package org.complychain.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import org.complychain.plan.AnswerStatus;

/** The executive summary: overall progress, the chart per element, answers and actions counted. */
final class SummarySection {

  private SummarySection() {}

  static void add(Composer c, PlanDocument d) {
    PdfMessages m = c.m;
    Typography type = c.type;
    c.section("summary", m.summary_title());
    c.add(type.paragraph(m.summary_progress(d.percent()), type.h1));
    c.add(type.paragraph(m.summary_complete_note(d.answeredCount(), d.questionCount()), type.body));

    PdfTemplate chart =
        ProgressChart.draw(
            c.writer.getDirectContent(),
            type,
            d.elements(),
            m.summary_chart_axis_complete(),
            c.width());
    // The heading goes with its chart to the next page when both do not fit.
    c.keepSpace(72 + chart.getHeight());
    c.subheading(m.summary_chart());
    c.figure(chart, ProgressChart.alt(m, d));
    c.subheading(m.summary_statuses());
    PdfPTable statuses = counts(type, m.summary_col_status(), m.summary_col_count());
    for (AnswerStatus status : AnswerStatus.values()) {
      long count =
          d.elements().stream()
              .flatMap(e -> e.questions().stream())
              .filter(q -> q.status() == status)
              .count();
      countRow(type, statuses, c.text.status(status), count);
    }
    c.add(statuses);
    c.subheading(m.summary_actions());
    PdfPTable actions = counts(type, null, m.summary_col_actions());
    long open = d.actions().stream().filter(a -> !a.status().closed()).count();
    long overdue = d.actions().stream().filter(PlanDocument.Action::overdue).count();
    countRow(type, actions, m.summary_actions_total(), d.actions().size());
    countRow(type, actions, m.summary_actions_open(), open);
    countRow(type, actions, m.summary_actions_overdue(), overdue);
    countRow(type, actions, m.summary_actions_closed(), d.actions().size() - open);
    c.add(actions);
  }

  private static PdfPTable counts(Typography type, String label, String number) {
    PdfPTable table = type.table(70, 30);
    table.setWidthPercentage(60);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setHeaderRows(1);
    table.addCell(type.headerCell(label == null ? "" : label));
    PdfPCell head = type.headerCell(number);
    head.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(head);
    return table;
  }

  private static void countRow(Typography type, PdfPTable table, String label, long count) {
    table.addCell(type.cell(label, type.small));
    PdfPCell value = type.cell(Long.toString(count), type.small);
    value.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(value);
  }
}
