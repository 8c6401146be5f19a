package org.complychain.review;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.complychain.pdf.PdfFileName;
import org.complychain.pdf.PdfText;

/** The approved document exactly as stored at approval, with its SHA-256 for verification. */
final class StoredPdf {

  private StoredPdf() {}

  static Response response(PlanVersion version, ReviewService reviews, String actor) {
    if (version.pdfSha256 == null) {
      throw new NotFoundException();
    }
    TamperedVersion.checkPdf(version);
    reviews.recordDownload(version.id, actor);
    return Response.ok(version.pdf, "application/pdf")
        .header(
            "Content-Disposition",
            PdfFileName.contentDisposition(
                PdfText.of(version.pdfLanguage).m().file_name_prefix(),
                version.plan.organisation.name,
                version.plan.title + " v" + version.number,
                version.pdfLanguage))
        .header("X-Content-SHA256", version.pdfSha256)
        .header("Cache-Control", "no-store")
        .build();
  }
}
