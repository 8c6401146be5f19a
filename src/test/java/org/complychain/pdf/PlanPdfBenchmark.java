package org.complychain.pdf;

import com.lowagie.text.FontFactory;
import com.lowagie.text.pdf.BaseFont;
import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the plan PDF in a warm JVM: a full plan (8 elements, every key question answered with about
 * 1,500 characters, 40 corrective actions), rendered the way the app does it (fonts parsed once per
 * JVM) and, for comparison, with the fonts parsed anew for every document. Not a test: run it with
 * {@code ./mvnw -Pbench -DskipTests test}.
 */
public final class PlanPdfBenchmark {

  private static final int WARM_UP = 40;
  private static final int RUNS = 60;

  private PlanPdfBenchmark() {}

  public static void main(String[] args) throws Exception {
    String lang = args.length > 0 ? args[0] : "en";
    PlanDocument plan =
        SamplePlans.plan(
            lang,
            q ->
                SamplePlans.text(
                    q.id() + " " + PlanPdfTest.ANSWERS.get(lang) + " " + PlanPdfEdgeCasesTest.MIXED,
                    1500),
            40,
            "Northwind Apparel Ltd");
    PdfText text = BundleFiles.text(lang);
    System.out.printf(
        "Full plan in %s: %d elements, %d questions answered (~1,500 characters each), %d actions%n",
        lang, plan.elements().size(), plan.answeredCount(), plan.actions().size());
    System.out.printf(
        "%-44s %10s %10s %7s %10s%n", "path", "median ms", "p95 ms", "pages", "bytes");
    run("fonts parsed once per JVM (the app)", () -> PlanPdf.render(plan, text));
    run("fonts parsed for every document", () -> PlanPdf.render(plan, text, PdfFonts.load()));
    run("FontFactory.register for every document", () -> PlanPdf.render(plan, text, registered()));
  }

  /** The common OpenPDF idiom: register the files with FontFactory, then ask it for the fonts. */
  private static PdfFonts registered() {
    String[] faces = {"Regular", "Bold", "Italic"};
    BaseFont[] fonts = new BaseFont[3];
    for (int i = 0; i < 3; i++) {
      String alias = "bench-liberation-sans-" + faces[i].toLowerCase();
      FontFactory.register("liberation/LiberationSans-" + faces[i] + ".ttf", alias);
      fonts[i] = FontFactory.getFont(alias, BaseFont.IDENTITY_H, BaseFont.EMBEDDED).getBaseFont();
    }
    return new PdfFonts(fonts[0], fonts[1], fonts[2]);
  }

  private static void run(String name, Supplier<byte[]> render) throws Exception {
    byte[] pdf = null;
    for (int i = 0; i < WARM_UP; i++) {
      pdf = render.get();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      pdf = render.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
    }
    System.out.printf(
        "%-44s %10.1f %10.1f %7d %10d%n",
        name,
        nanos[RUNS / 2] / 1e6,
        nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
        pages,
        pdf.length);
  }
}
