package org.complychain.plan;

import java.util.function.Function;

/** Validation problems of plan forms; the text is looked up in the page's language. */
public enum FieldError {
  STATUS_UNKNOWN(PlanMessages::error_status_unknown),
  TEXT_TOO_LONG(PlanMessages::error_text_too_long),
  TEXT_REQUIRED(PlanMessages::error_text_required),
  REASON_REQUIRED(PlanMessages::error_reason_required),
  OWNER_TOO_LONG(PlanMessages::error_owner_too_long),
  OWNER_REQUIRED(PlanMessages::error_owner_required),
  DATE_INVALID(PlanMessages::error_date_invalid),
  DATE_REQUIRED(PlanMessages::error_date_required),
  TITLE_REQUIRED(PlanMessages::error_title_required),
  TITLE_TOO_LONG(PlanMessages::error_title_too_long),
  PERIOD_ORDER(PlanMessages::error_period_order),
  DESCRIPTION_REQUIRED(PlanMessages::error_description_required),
  VERIFICATION_REQUIRED(PlanMessages::error_verification_required),
  ACTION_STATUS_UNKNOWN(PlanMessages::error_action_status_unknown);

  private final Function<PlanMessages, String> text;

  FieldError(Function<PlanMessages, String> text) {
    this.text = text;
  }

  public String text(PlanMessages messages) {
    return text.apply(messages);
  }
}
