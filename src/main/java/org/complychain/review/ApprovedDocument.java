package org.complychain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.complychain.pdf.PdfText;
import org.complychain.pdf.PlanDocuments;
import org.complychain.pdf.PlanPdf;

/**
 * Renders the approved version's document once, at approval, from the frozen snapshot: exactly the
 * content the auditor reviewed, whatever changed elsewhere since; the decision time is its date.
 */
@ApplicationScoped
public class ApprovedDocument {

  @Inject PlanDocuments documents;

  byte[] render(PlanVersion version) {
    var content = Snapshot.parse(version.snapshot).content(version.plan);
    var document = documents.build(version.plan, content, version.pdfLanguage, version.decidedAt);
    return PlanPdf.render(document, PdfText.of(version.pdfLanguage));
  }
}
