package org.complychain.plan;

/** Status codes to words, in the page's language. */
final class Labels {

  private Labels() {}

  static String status(PlanMessages m, AnswerStatus s) {
    return switch (s) {
      case NOT_STARTED -> m.status_NOT_STARTED();
      case IN_PROGRESS -> m.status_IN_PROGRESS();
      case IN_PLACE -> m.status_IN_PLACE();
      case NOT_APPLICABLE -> m.status_NOT_APPLICABLE();
    };
  }

  static String actionStatus(PlanMessages m, ActionStatus s) {
    return switch (s) {
      case OPEN -> m.action_status_OPEN();
      case IN_PROGRESS -> m.action_status_IN_PROGRESS();
      case DONE -> m.action_status_DONE();
      case VERIFIED -> m.action_status_VERIFIED();
    };
  }

  static String task(PlanMessages m, TaskStatus s) {
    return switch (s) {
      case NOT_STARTED -> m.task_NOT_STARTED();
      case IN_PROGRESS -> m.task_IN_PROGRESS();
      case COMPLETED -> m.task_COMPLETED();
    };
  }

  static String field(PlanMessages m, String name) {
    return switch (name) {
      case "status" -> m.field_status();
      case "text" -> m.field_text();
      case "naReason" -> m.field_naReason();
      case "owner" -> m.field_owner();
      case "targetDate" -> m.field_targetDate();
      case "description" -> m.field_description();
      case "dueDate" -> m.field_dueDate();
      case "verification" -> m.field_verification();
      case "title" -> m.field_title();
      case "periodStart" -> m.field_periodStart();
      case "periodEnd" -> m.field_periodEnd();
      default -> name;
    };
  }

  /** A stored field value as a reader sees it: statuses in words, the rest as written. */
  static String value(PlanMessages m, String field, Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if ("status".equals(field)) {
      return AnswerStatus.parse(text)
          .map(s -> status(m, s))
          .or(() -> ActionStatus.parse(text).map(s -> actionStatus(m, s)))
          .orElse(text);
    }
    return text;
  }
}
