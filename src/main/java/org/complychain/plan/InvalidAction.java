package org.complychain.plan;

import java.util.Map;

/**
 * A corrective action's fields are wrong, found once the plan was known to be editable; nothing was
 * saved. The form is shown again with these problems.
 */
public class InvalidAction extends RuntimeException {

  private final transient Map<String, FieldError> errors;

  InvalidAction(Map<String, FieldError> errors) {
    super("Invalid corrective action: " + errors.keySet(), null, false, false);
    this.errors = Map.copyOf(errors);
  }

  public Map<String, FieldError> errors() {
    return errors;
  }
}
