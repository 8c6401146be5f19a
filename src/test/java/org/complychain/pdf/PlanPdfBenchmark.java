package org.complychain.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the plan PDF in a warm JVM: a full plan (8 elements, every key question answered with about
 * 1,500 characters, 40 corrective actions), rendered the way the app does it. Beside it, what the
 * fallback fonts cost: the same plan with Liberation alone (as before the fallbacks, when other
 * scripts were dropped), a plan whose answers mix nine scripts, the one-off time to parse the faces
 * and the bytes they add to the application. Not a test: run it with {@code ./mvnw -Pbench
 * -DskipTests test}.
 */
public final class PlanPdfBenchmark {

  private static final int WARM_UP = 40;
  private static final int RUNS = 60;

  private PlanPdfBenchmark() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    PdfFonts fonts = PdfFonts.shared();
    System.out.printf(
        "Parsing every face once per JVM: %.0f ms; fallback fonts on the classpath: %.1f MB%n",
        (System.nanoTime() - start) / 1e6, fallbackBytes() / 1e6);
    String lang = args.length > 0 ? args[0] : "en";
    PlanDocument latin =
        plan(lang, PlanPdfTest.ANSWERS.get(lang) + " " + PlanPdfEdgeCasesTest.MIXED);
    PlanDocument scripts = plan(lang, PlanPdfScriptsTest.allScripts());
    PdfText text = BundleFiles.text(lang);
    System.out.printf(
        "Full plan in %s: %d elements, %d questions answered (~1,500 characters each), %d actions%n",
        lang, latin.elements().size(), latin.answeredCount(), latin.actions().size());
    System.out.printf(
        "%-52s %10s %10s %7s %10s%n", "path", "median ms", "p95 ms", "pages", "bytes");
    PdfFonts liberationOnly =
        new PdfFonts(fonts.regular(), fonts.bold(), fonts.italic(), List.of(fonts.replacement()));
    run(
        "Latin answers, Liberation alone (before)",
        () -> PlanPdf.render(latin, text, liberationOnly));
    run("Latin answers, with fallback fonts (the app)", () -> PlanPdf.render(latin, text));
    run("answers in nine scripts, with fallback fonts", () -> PlanPdf.render(scripts, text));
  }

  private static PlanDocument plan(String lang, String seed) {
    return SamplePlans.plan(
        lang, q -> SamplePlans.text(q.id() + " " + seed, 1500), 40, "Northwind Apparel Ltd");
  }

  /** What the Noto files add to the packaged application. */
  private static long fallbackBytes() throws IOException {
    long total = 0;
    for (String file : PdfFonts.FALLBACK_FILES) {
      try (InputStream in =
          PdfFonts.class.getClassLoader().getResourceAsStream("fonts/noto/" + file)) {
        total += in.readAllBytes().length;
      }
    }
    return total;
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
        "%-52s %10.1f %10.1f %7d %10d%n",
        name,
        nanos[RUNS / 2] / 1e6,
        nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
        pages,
        pdf.length);
  }
}
