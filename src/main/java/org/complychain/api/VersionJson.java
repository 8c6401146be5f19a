package org.complychain.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.complychain.review.PlanVersion;
import org.complychain.review.VersionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submitted, frozen version of a plan, without its content. */
@Schema(name = "PlanVersion", description = "A numbered version frozen at submission")
public record VersionJson(
    UUID id,
    int number,
    VersionStatus status,
    OffsetDateTime submittedAt,
    @Schema(description = "When the auditor decided, if they have") OffsetDateTime decidedAt,
    @Schema(description = "When the version was approved, if it was") OffsetDateTime approvedAt,
    @Schema(description = "SHA-256 of the frozen content") String sha256,
    @Schema(description = "SHA-256 of the stored approved document, if there is one")
        String pdfSha256) {

  static VersionJson of(PlanVersion v) {
    return new VersionJson(
        v.id,
        v.number,
        v.status,
        v.submittedAt,
        v.decidedAt,
        v.status == VersionStatus.APPROVED ? v.decidedAt : null,
        v.sha256,
        v.pdfSha256);
  }
}
