package org.complychain.plan;

import java.util.List;
import java.util.Map;

/**
 * The outcome of saving an element page: saved, or refused with field errors and with the answers
 * someone else changed meanwhile. A refused save changes nothing.
 */
public record ElementSave(
    Map<String, Map<String, FieldError>> errors,
    Map<String, Answer> conflicts,
    List<String> changed) {

  public boolean saved() {
    return errors.isEmpty() && conflicts.isEmpty();
  }
}
