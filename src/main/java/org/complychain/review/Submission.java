package org.complychain.review;

import org.complychain.web.FormErrors;

/**
 * What the company states when it submits: who approves the plan on its side (name and position)
 * and that it declares the plan accurate.
 */
public record Submission(String approverName, String approverPosition, boolean declared) {

  public static final int NAME_MAX = 200;

  /** The problems of this submission, keyed by the field ids of the check page's form. */
  FormErrors errors(ReviewMessages m) {
    FormErrors errors = new FormErrors();
    if (approverName.isEmpty()) {
      errors.add("approverName", m.error_approver_name_required());
    } else if (approverName.length() > NAME_MAX) {
      errors.add("approverName", m.error_approver_too_long());
    }
    if (approverPosition.isEmpty()) {
      errors.add("approverPosition", m.error_approver_position_required());
    } else if (approverPosition.length() > NAME_MAX) {
      errors.add("approverPosition", m.error_approver_too_long());
    }
    if (!declared) {
      errors.add("declared", m.error_declaration_required());
    }
    return errors;
  }
}
