package org.complychain.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * Lays out the compliance plan as a PDF: cover, document control and sign-off, executive summary,
 * organisation profile, the supplier risk screening, one section per element, the action plan and
 * the glossary.
 *
 * <p>The output depends only on the {@link PlanDocument} and the texts of its language: the
 * creation date is the generation time, the file identifier is derived from the document, and the
 * embedded font subsets have fixed tags (see {@link PdfFonts}). The same input gives the same
 * bytes, so a stored PDF can be checked against its hash later.
 */
public final class PlanPdf {

  private PlanPdf() {}

  /** Renders with the fonts parsed once for the whole JVM. */
  public static byte[] render(PlanDocument d, PdfText text) {
    return render(d, text, PdfFonts.shared());
  }

  public static byte[] render(PlanDocument d, PdfText text, PdfFonts fonts) {
    PdfMessages m = text.m();
    Typography type = new Typography(fonts);
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    Document document = new Document(PageSize.A4, 56, 56, 64, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    // Tagged: a structure tree under /MarkInfo, so that assistive technology finds the figure and
    // its text alternative and treats running headers, footers and the watermark as artifacts.
    writer.setTagged();
    Map<String, String> bookmarks = new LinkedHashMap<>();
    Composer c = new Composer(document, writer, type, text, bookmarks);
    describe(c, d);
    String organisation = Typography.clean(d.organisation().name()).replace('\n', ' ');
    String header = organisation + " · " + Typography.clean(d.plan().title()).replace('\n', ' ');
    String generated = m.footer_generated(c.date(d.generatedAt().toLocalDate()));
    writer.setPageEvent(
        new PageDecorations(
            type, m, header, generated, d.review().status().watermarked(), bookmarks));

    c.open();
    CoverPage.add(c, d);
    ControlSection.add(c, d);
    SummarySection.add(c, d);
    ProfileSection.add(c, d);
    RiskSection.add(c, d);
    Map<String, List<PlanDocument.Action>> byQuestion =
        d.actions().stream()
            .collect(
                Collectors.groupingBy(
                    PlanDocument.Action::questionId, LinkedHashMap::new, Collectors.toList()));
    for (PlanDocument.Element e : d.elements()) {
      ElementSection.add(c, e, byQuestion);
    }
    ActionTable.add(c, d);
    EvidenceAnnex.add(c, d);
    GlossarySection.add(c, d);
    MissingCharactersSection.add(c, type.runs.missing());
    document.close();
    return out.toByteArray();
  }

  /** Title, author, subject, keywords, language, and how a viewer should open the file. */
  private static void describe(Composer c, PlanDocument d) {
    PdfMessages m = c.m;
    String organisation = Typography.clean(d.organisation().name());
    c.document.addTitle(m.meta_title(Typography.clean(d.plan().title()), organisation));
    c.document.addAuthor(organisation);
    c.document.addSubject(m.meta_subject(organisation, c.period(d)));
    c.document.addKeywords(m.meta_keywords());
    c.document.addCreator("Comply Chain");
    c.writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
    c.writer.getExtraCatalog().put(PdfName.LANG, new PdfString(d.lang()));
    fixIdentity(c.writer, d);
  }

  /**
   * Replaces what OpenPDF would take from the clock: the creation and modification dates become the
   * generation time, and the trailer's file identifier a digest of what identifies this document
   * (OpenPDF reads an identifier given under {@code /FileId} in the info dictionary).
   */
  private static void fixIdentity(PdfWriter writer, PlanDocument d) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(d.generatedAt().toInstant().toEpochMilli());
    PdfDate date = new PdfDate(calendar);
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    byte[] id =
        md5(
            d.plan().id()
                + "|"
                + d.review().version()
                + "|"
                + d.review().status()
                + "|"
                + d.lang()
                + "|"
                + d.generatedAt().toInstant());
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  private static byte[] md5(String text) {
    try {
      // MD5 is what the PDF specification suggests for file identifiers; it is not a security
      // check.
      return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
