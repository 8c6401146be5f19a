package org.complychain.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.CorrectiveAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A corrective action of the working plan. */
@Schema(name = "CorrectiveAction")
public record ActionJson(
    UUID id,
    @Schema(description = "Key question whose gap the action closes") String questionId,
    String description,
    String owner,
    LocalDate dueDate,
    @Schema(description = "How closing the action will be verified") String verification,
    ActionStatus status,
    OffsetDateTime createdAt) {

  static ActionJson of(CorrectiveAction a) {
    return new ActionJson(
        a.id,
        a.questionId,
        a.description,
        a.owner,
        a.dueDate,
        a.verification,
        a.status,
        a.createdAt);
  }
}
