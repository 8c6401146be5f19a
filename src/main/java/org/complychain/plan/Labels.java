package org.complychain.plan;

/** Status codes to words, in the page's language. */
public final class Labels {

  private Labels() {}

  public static String status(PlanMessages m, AnswerStatus s) {
    return switch (s) {
      case NOT_STARTED -> m.status_NOT_STARTED();
      case IN_PROGRESS -> m.status_IN_PROGRESS();
      case IN_PLACE -> m.status_IN_PLACE();
      case NOT_APPLICABLE -> m.status_NOT_APPLICABLE();
    };
  }

  public static String actionStatus(PlanMessages m, ActionStatus s) {
    return switch (s) {
      case OPEN -> m.action_status_OPEN();
      case IN_PROGRESS -> m.action_status_IN_PROGRESS();
      case DONE -> m.action_status_DONE();
      case VERIFIED -> m.action_status_VERIFIED();
    };
  }

  static String stage(PlanMessages m, PlanReviewState.Standing s) {
    return switch (s.stage()) {
      case DRAFT -> m.plans_state_draft();
      case IN_REVIEW -> m.plans_state_in_review();
      case CHANGES_REQUESTED -> m.plans_state_changes_requested(s.comments());
      case APPROVED -> m.plans_state_approved();
    };
  }

  static String task(PlanMessages m, TaskStatus s) {
    return switch (s) {
      case NOT_STARTED -> m.task_NOT_STARTED();
      case IN_PROGRESS -> m.task_IN_PROGRESS();
      case COMPLETED -> m.task_COMPLETED();
    };
  }

  public static String field(PlanMessages m, String name) {
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
      case "version" -> m.field_version();
      case "sha256" -> m.field_sha256();
      case "comment" -> m.field_comment();
      case "decision" -> m.field_decision();
      case "note" -> m.field_note();
      case "from" -> m.field_from();
      case "review" -> m.field_review();
      default -> name;
    };
  }

  /** A stored field value as a reader sees it: statuses in words, the rest as written. */
  static String value(PlanMessages m, String field, Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if ("decision".equals(field)) {
      return switch (text) {
        case "APPROVED" -> m.history_decision_APPROVED();
        case "CHANGES_REQUESTED" -> m.history_decision_CHANGES_REQUESTED();
        default -> text;
      };
    }
    if ("review".equals(field)) {
      return "KEPT".equals(text) ? m.history_review_KEPT() : m.history_review_TO_REVIEW();
    }
    if ("status".equals(field)) {
      return AnswerStatus.parse(text)
          .map(s -> status(m, s))
          .or(() -> ActionStatus.parse(text).map(s -> actionStatus(m, s)))
          .orElse(text);
    }
    return text;
  }
}
