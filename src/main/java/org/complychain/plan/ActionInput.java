package org.complychain.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** A corrective action as typed in its form. */
public record ActionInput(
    String description, String owner, String due, String verification, String status, int version) {

  static ActionInput read(FormValues form) {
    return new ActionInput(
        form.text("description"),
        form.text("owner"),
        form.text("due"),
        form.text("verification"),
        form.text("status"),
        form.version("version"));
  }

  static ActionInput of(CorrectiveAction a) {
    return new ActionInput(
        a.description, a.owner, a.dueDate.toString(), a.verification, a.status.name(), a.version);
  }

  static ActionInput blank() {
    return new ActionInput("", "", "", "", ActionStatus.OPEN.name(), 0);
  }

  Map<String, FieldError> check() {
    Map<String, FieldError> errors = new LinkedHashMap<>();
    if (description.isEmpty()) {
      errors.put("description", FieldError.DESCRIPTION_REQUIRED);
    } else if (description.length() > CorrectiveAction.TEXT_MAX) {
      errors.put("description", FieldError.TEXT_TOO_LONG);
    }
    if (owner.isEmpty()) {
      errors.put("owner", FieldError.OWNER_REQUIRED);
    } else if (owner.length() > CorrectiveAction.OWNER_MAX) {
      errors.put("owner", FieldError.OWNER_TOO_LONG);
    }
    if (due.isEmpty()) {
      errors.put("due", FieldError.DATE_REQUIRED);
    } else if (!FormValues.validDate(due)) {
      errors.put("due", FieldError.DATE_INVALID);
    }
    if (verification.isEmpty()) {
      errors.put("verification", FieldError.VERIFICATION_REQUIRED);
    } else if (verification.length() > CorrectiveAction.TEXT_MAX) {
      errors.put("verification", FieldError.TEXT_TOO_LONG);
    }
    if (ActionStatus.parse(status).isEmpty()) {
      errors.put("status", FieldError.ACTION_STATUS_UNKNOWN);
    }
    return errors;
  }

  /** Whether the due date has passed while the action is still open: worth a warning. */
  boolean duePast(java.time.LocalDate today) {
    return !due.isEmpty()
        && FormValues.validDate(due)
        && FormValues.date(due).isBefore(today)
        && ActionStatus.parse(status).map(s -> !s.closed()).orElse(true);
  }

  void applyTo(CorrectiveAction action) {
    action.description = description;
    action.owner = owner;
    action.dueDate = FormValues.date(due);
    action.verification = verification;
    action.status = ActionStatus.parse(status).orElseThrow();
  }
}
