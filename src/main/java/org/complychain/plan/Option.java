package org.complychain.plan;

/** A choice in a form: the stored code and its label in the page's language. */
public record Option(String value, String label) {

  static java.util.List<Option> statuses(PlanMessages m) {
    return java.util.Arrays.stream(AnswerStatus.values())
        .map(s -> new Option(s.name(), Labels.status(m, s)))
        .toList();
  }

  static java.util.List<Option> actionStatuses(PlanMessages m) {
    return java.util.Arrays.stream(ActionStatus.values())
        .map(s -> new Option(s.name(), Labels.actionStatus(m, s)))
        .toList();
  }
}
