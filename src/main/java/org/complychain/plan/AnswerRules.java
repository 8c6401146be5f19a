package org.complychain.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a valid answer is, and how an accepted input is written onto the saved answer. */
final class AnswerRules {

  private AnswerRules() {}

  static Map<String, FieldError> check(AnswerInput in) {
    Map<String, FieldError> errors = new LinkedHashMap<>();
    var status = AnswerStatus.parse(in.status());
    if (status.isEmpty()) {
      errors.put("status", FieldError.STATUS_UNKNOWN);
    }
    if (in.text().length() > Answer.TEXT_MAX) {
      errors.put("text", FieldError.TEXT_TOO_LONG);
    } else if (status.orElse(null) == AnswerStatus.IN_PLACE && in.text().isEmpty()) {
      errors.put("text", FieldError.TEXT_REQUIRED);
    }
    if (in.reason().length() > Answer.TEXT_MAX) {
      errors.put("reason", FieldError.TEXT_TOO_LONG);
    } else if (status.orElse(null) == AnswerStatus.NOT_APPLICABLE && in.reason().isEmpty()) {
      errors.put("reason", FieldError.REASON_REQUIRED);
    }
    if (in.owner().length() > Answer.OWNER_MAX) {
      errors.put("owner", FieldError.OWNER_TOO_LONG);
    }
    if (!FormValues.validDate(in.target())) {
      errors.put("target", FieldError.DATE_INVALID);
    }
    return errors;
  }

  static void apply(AnswerInput in, Answer answer) {
    answer.status = AnswerStatus.parse(in.status()).orElseThrow();
    answer.text = FormValues.orNull(in.text());
    answer.naReason =
        answer.status == AnswerStatus.NOT_APPLICABLE ? FormValues.orNull(in.reason()) : null;
    answer.owner = FormValues.orNull(in.owner());
    answer.targetDate = FormValues.date(in.target());
  }
}
