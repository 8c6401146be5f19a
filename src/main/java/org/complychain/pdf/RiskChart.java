package org.complychain.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import org.complychain.risk.RiskLevel;
import org.complychain.risk.RiskText;
import org.complychain.risk.ScreenedSuppliers;

/**
 * The risk section's bar chart: one bar per level, highest first, its length the number of
 * suppliers at that level against the largest count. Drawn like {@link ProgressChart}, placed as a
 * tagged figure whose alternative text gives every count.
 */
final class RiskChart {

  private static final float ROW = 22;
  private static final float BAR = 12;
  private static final float LABEL_WIDTH = 110;
  private static final float VALUE_WIDTH = 44;
  private static final float AXIS = 14;

  /** Highest risk first, as the table below it. */
  private static final List<RiskLevel> ORDER =
      List.of(RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);

  private RiskChart() {}

  static PdfTemplate draw(
      PdfContentByte cb,
      Typography type,
      ScreenedSuppliers s,
      String lang,
      String axis,
      float width) {
    float height = ORDER.size() * ROW + AXIS;
    PdfTemplate t = cb.createTemplate(width, height);
    BaseFont regular = type.fonts.regular();
    float barLeft = LABEL_WIDTH + 8;
    float barWidth = width - barLeft - VALUE_WIDTH;
    long most = Math.max(1, ORDER.stream().mapToLong(s::count).max().orElse(1));
    for (int i = 0; i < ORDER.size(); i++) {
      RiskLevel level = ORDER.get(i);
      long count = s.count(level);
      float y = height - (i + 1) * ROW + (ROW - BAR) / 2;
      t.setColorFill(Typography.SHADE);
      t.rectangle(barLeft, y, barWidth, BAR);
      t.fill();
      if (count > 0) {
        t.setColorFill(colour(level));
        t.rectangle(barLeft, y, barWidth * count / most, BAR);
        t.fill();
      }
      ProgressChart.text(
          t,
          regular,
          8,
          Typography.INK,
          Typography.fit(regular, RiskText.level(level, lang), 8, LABEL_WIDTH),
          0,
          y + 3,
          Element.ALIGN_LEFT);
      ProgressChart.text(
          t, regular, 8, Typography.INK, Long.toString(count), width, y + 3, Element.ALIGN_RIGHT);
    }
    ProgressChart.text(
        t, regular, 7, Typography.MUTED, axis, barLeft + barWidth / 2, 1, Element.ALIGN_CENTER);
    return t;
  }

  /** The counts in words, for readers who cannot see the chart. */
  static String alt(PdfMessages m, ScreenedSuppliers s, String lang) {
    StringBuilder alt = new StringBuilder(m.risk_chart_alt(s.total()));
    for (RiskLevel level : ORDER) {
      alt.append(' ').append(m.risk_chart_alt_level(RiskText.level(level, lang), s.count(level)));
    }
    return alt.toString();
  }

  /** Darker for higher risk; the label and count carry the meaning, not the colour. */
  private static Color colour(RiskLevel level) {
    return switch (level) {
      case CRITICAL -> Typography.WARNING;
      case HIGH -> new Color(0xc9, 0x5a, 0x12);
      case MEDIUM -> new Color(0xb8, 0x8a, 0x00);
      case LOW -> Typography.ACCENT;
    };
  }
}
