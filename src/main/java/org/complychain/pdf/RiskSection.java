package org.complychain.pdf;

import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.List;
import org.complychain.risk.RiskMessages;
import org.complychain.risk.RiskText;
import org.complychain.risk.ScreenedSuppliers;

/**
 * The supplier risk section: the suppliers by level as a chart, the highest risks as a table, the
 * method in the words of the method page and the edition of ILAB's list it used. A submitted
 * version shows the screening frozen with it; a draft, the register as it stands.
 */
final class RiskSection {

  /** Rows of the top-risk table; the auditor's version page lists every supplier. */
  static final int TOP = 10;

  private static final float[] WIDTHS = {20, 12, 19, 20, 11, 18};

  private RiskSection() {}

  /**
   * Versions frozen before screening existed get no section, so their documents stay as they were.
   */
  static void add(Composer c, PlanDocument d) {
    ScreenedSuppliers s = d.screening();
    if (s == null) {
      return;
    }
    PdfMessages m = c.m;
    Typography type = c.type;
    String lang = d.lang();
    c.section("risk", m.risk_title());
    if (s.empty()) {
      c.add(type.paragraph(m.risk_none(), type.italic));
    } else {
      c.add(type.paragraph(m.risk_intro(s.total()), type.body));
      PdfTemplate chart =
          RiskChart.draw(
              c.writer.getDirectContent(), type, s, lang, m.risk_chart_axis(), c.width());
      c.keepSpace(72 + chart.getHeight());
      c.subheading(m.risk_chart_title());
      c.figure(chart, RiskChart.alt(m, s, lang));
      top(c, s, lang);
    }
    method(c, s, lang);
  }

  private static void top(Composer c, ScreenedSuppliers s, String lang) {
    PdfMessages m = c.m;
    Typography type = c.type;
    c.subheading(m.risk_top_title());
    List<ScreenedSuppliers.Supplier> top = s.top(TOP);
    if (top.isEmpty()) {
      c.add(type.paragraph(m.risk_top_none(s.total()), type.body));
      return;
    }
    PdfPTable table = type.table(WIDTHS);
    table.setHeaderRows(1);
    for (String h :
        new String[] {
          m.risk_col_supplier(), m.risk_col_country(), m.risk_col_goods(),
          m.risk_col_kind(), m.risk_col_level(), m.risk_col_override()
        }) {
      table.addCell(type.headerCell(h));
    }
    for (ScreenedSuppliers.Supplier row : top) {
      String kinds = row.kinds(lang);
      table.addCell(type.cell(row.name(lang), type.small));
      table.addCell(type.cell(row.country(lang), type.small));
      table.addCell(type.cell(row.goods(lang), type.small));
      table.addCell(type.cell(kinds.isEmpty() ? m.risk_kind_none() : kinds, type.small));
      table.addCell(type.cell(RiskText.level(row.level(), lang), type.smallBold));
      table.addCell(
          type.cell(
              row.override() == null
                  ? m.risk_override_none()
                  : m.risk_override(
                      RiskText.level(row.screenedLevel(), lang),
                      c.orNotGiven(row.overrideReason())),
              type.small));
    }
    c.add(table);
    if (top.size() < s.total()) {
      c.add(type.paragraph(m.risk_top_shown(top.size(), s.total()), type.smallMuted));
    }
  }

  /** The method as the method page words it, and the edition with its source. */
  private static void method(Composer c, ScreenedSuppliers s, String lang) {
    RiskMessages r = RiskText.messages(lang);
    Typography type = c.type;
    c.subheading(c.m.risk_method_title());
    for (String step :
        new String[] {
          r.method_intro(),
          r.method_step_listing(),
          r.method_step_country(),
          r.method_step_factors(),
          r.method_step_score(),
          r.method_step_level(),
          r.method_limits()
        }) {
      c.add(type.paragraph(step, type.body));
    }
    if (s.edition() != null) {
      c.add(
          type.paragraph(
              r.source_line(
                  s.edition().source(), s.edition().listYear(), s.edition().findingsYear()),
              type.smallMuted));
    }
  }
}
