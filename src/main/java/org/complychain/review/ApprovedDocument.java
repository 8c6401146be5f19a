package org.complychain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.complychain.pdf.PdfText;
import org.complychain.pdf.PlanDocuments;
import org.complychain.pdf.PlanPdf;

/**
 * Renders the approved version's document once, at approval: the plan is locked then, so its
 * content is exactly the frozen version's, and the decision time is the document's date.
 */
@ApplicationScoped
public class ApprovedDocument {

  @Inject PlanDocuments documents;

  byte[] render(PlanVersion version) {
    var document = documents.build(version.plan, version.pdfLanguage, version.decidedAt);
    return PlanPdf.render(document, PdfText.of(version.pdfLanguage));
  }
}
