package org.complychain.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.complychain.plan.PlanProgress;
import org.complychain.plan.PlanReviewState.Stage;
import org.complychain.plan.TaskStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan as the API shows it: in a list, and whole with its progress. */
public final class PlanJson {

  private PlanJson() {}

  @Schema(name = "PlanSummary", description = "A plan in a list")
  public record Summary(
      UUID id,
      String title,
      LocalDate periodStart,
      LocalDate periodEnd,
      @Schema(description = "Where the plan stands in review") Stage status) {}

  @Schema(name = "Plan", description = "A plan with its status and progress")
  public record Detail(
      UUID id,
      String organisation,
      String title,
      LocalDate periodStart,
      LocalDate periodEnd,
      @Schema(description = "Version of the guidance the plan answers") String contentVersion,
      OffsetDateTime createdAt,
      @Schema(description = "Where the plan stands in review") Stage status,
      @Schema(description = "Number of the newest submitted version, none before submission")
          Integer latestVersion,
      @Schema(description = "SHA-256 of the approved document that stands for the plan now")
          String approvedPdfSha256,
      @Schema(
              description =
                  "Progress of the working plan; members only (auditors read submitted versions)")
          Progress progress) {}

  @Schema(name = "PlanProgress")
  public record Progress(
      @Schema(description = "Share of questions complete, profile included, 0 to 100") int percent,
      TaskStatus profile,
      List<Element> elements) {

    static Progress of(PlanProgress progress) {
      return new Progress(
          progress.percent(),
          progress.profile(),
          progress.elements().stream()
              .map(e -> new Element(e.element().id(), e.status(), e.complete(), e.total()))
              .toList());
    }
  }

  @Schema(name = "ElementProgress")
  public record Element(
      @Schema(description = "Element id, e1 to e8") String element,
      TaskStatus status,
      @Schema(description = "Questions complete") int complete,
      @Schema(description = "Questions in the element") int total) {}
}
