package org.complychain.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.List;

/**
 * The executive summary's bar chart, drawn with PDF vector operators: one bar per element, its
 * length the share of key questions complete. Drawn into a template that {@link Composer#figure}
 * places as a tagged figure; its labels stay real, searchable text.
 */
final class ProgressChart {

  private static final float ROW = 22;
  private static final float BAR = 12;
  private static final float LABEL_WIDTH = 190;
  private static final float VALUE_WIDTH = 44;
  private static final float AXIS = 26;

  private ProgressChart() {}

  static PdfTemplate draw(
      PdfContentByte cb,
      Typography type,
      List<PlanDocument.Element> elements,
      String axisLabel,
      float width) {
    float height = elements.size() * ROW + AXIS;
    PdfTemplate t = cb.createTemplate(width, height);
    BaseFont regular = type.fonts.regular();
    float barLeft = LABEL_WIDTH + 8;
    float barWidth = width - barLeft - VALUE_WIDTH;
    float top = height;

    t.setLineWidth(0.5f);
    t.setColorStroke(Typography.RULE);
    for (int tick = 0; tick <= 4; tick++) {
      float x = barLeft + barWidth * tick / 4;
      t.moveTo(x, AXIS - 4);
      t.lineTo(x, top);
    }
    t.stroke();

    for (int i = 0; i < elements.size(); i++) {
      PlanDocument.Element e = elements.get(i);
      int total = e.questions().size();
      float share = total == 0 ? 0 : (float) e.answered() / total;
      float y = top - (i + 1) * ROW + (ROW - BAR) / 2;
      t.setColorFill(Typography.SHADE);
      t.rectangle(barLeft, y, barWidth, BAR);
      t.fill();
      if (share > 0) {
        t.setColorFill(Typography.ACCENT);
        t.rectangle(barLeft, y, barWidth * share, BAR);
        t.fill();
      }
      List<String> label =
          twoLines(regular, e.number() + ". " + Typography.clean(e.title()), LABEL_WIDTH);
      if (label.size() == 1) {
        text(t, regular, 8, Typography.INK, label.get(0), 0, y + 3, Element.ALIGN_LEFT);
      } else {
        text(t, regular, 7.5f, Typography.INK, label.get(0), 0, y + 7.3f, Element.ALIGN_LEFT);
        text(t, regular, 7.5f, Typography.INK, label.get(1), 0, y - 1.2f, Element.ALIGN_LEFT);
      }
      text(
          t,
          regular,
          8,
          Typography.INK,
          e.answered() + "/" + total,
          width,
          y + 3,
          Element.ALIGN_RIGHT);
    }

    for (int tick = 0; tick <= 4; tick++) {
      float x = barLeft + barWidth * tick / 4;
      text(t, regular, 7, Typography.MUTED, (tick * 25) + "%", x, AXIS - 13, Element.ALIGN_CENTER);
    }
    text(
        t,
        regular,
        7,
        Typography.MUTED,
        axisLabel,
        barLeft + barWidth / 2,
        1,
        Element.ALIGN_CENTER);
    return t;
  }

  /** What the chart shows, in words, for readers who cannot see it. */
  static String alt(PdfMessages m, PlanDocument d) {
    StringBuilder alt = new StringBuilder(m.chart_alt(d.answeredCount(), d.questionCount()));
    for (PlanDocument.Element e : d.elements()) {
      alt.append(' ')
          .append(
              m.chart_alt_element(
                  e.number(), Typography.clean(e.title()), e.answered(), e.questions().size()));
    }
    return alt.toString();
  }

  static void text(
      PdfTemplate t,
      BaseFont font,
      float size,
      java.awt.Color color,
      String s,
      float x,
      float y,
      int align) {
    t.beginText();
    t.setFontAndSize(font, size);
    t.setColorFill(color);
    t.showTextAligned(align, s, x, y, 0);
    t.endText();
  }

  /** The label on one line at 8 points, or broken at a space into two at 7.5 points. */
  private static List<String> twoLines(BaseFont font, String label, float width) {
    if (font.getWidthPoint(label, 8) <= width) {
      return List.of(label);
    }
    int cut = label.length();
    do {
      cut = label.lastIndexOf(' ', cut - 1);
    } while (cut > 0 && font.getWidthPoint(label.substring(0, cut), 7.5f) > width);
    if (cut <= 0) {
      return List.of(Typography.fit(font, label, 7.5f, width));
    }
    return List.of(
        label.substring(0, cut), Typography.fit(font, label.substring(cut + 1), 7.5f, width));
  }
}
