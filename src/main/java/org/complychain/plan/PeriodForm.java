package org.complychain.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks of a plan's title and period, shared by the new-plan form and the form that starts
 * next year's plan from an approved one.
 */
public final class PeriodForm {

  private PeriodForm() {}

  /** Every problem at once, by field name; empty when the title and dates are fine. */
  public static Map<String, FieldError> check(String title, String start, String end) {
    Map<String, FieldError> errors = new LinkedHashMap<>();
    if (title.isEmpty()) {
      errors.put("title", FieldError.TITLE_REQUIRED);
    } else if (title.length() > Plan.TITLE_MAX) {
      errors.put("title", FieldError.TITLE_TOO_LONG);
    }
    checkDate(errors, "start", start);
    checkDate(errors, "end", end);
    // The order of the dates is checked whatever the title's state.
    if (!errors.containsKey("start")
        && !errors.containsKey("end")
        && FormValues.date(end).isBefore(FormValues.date(start))) {
      errors.put("end", FieldError.PERIOD_ORDER);
    }
    return errors;
  }

  private static void checkDate(Map<String, FieldError> errors, String field, String value) {
    if (value.isEmpty()) {
      errors.put(field, FieldError.DATE_REQUIRED);
    } else if (!FormValues.validDate(value)) {
      errors.put(field, FieldError.DATE_INVALID);
    }
  }
}
