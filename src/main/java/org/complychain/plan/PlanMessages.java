package org.complychain.plan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the plan pages; in {@code i18n/messages/plan_<lang>.properties}. */
@MessageBundle(value = "plan", locale = "en")
public interface PlanMessages {

  @Message
  String plans_title();

  @Message
  String plans_none();

  @Message
  String plans_new();

  @Message
  String plans_progress(int percent);

  @Message
  String plans_period(String start, String end);

  @Message
  String plans_open();

  @Message
  String plan_new_title();

  @Message
  String plan_new_intro();

  @Message
  String plan_title_label();

  @Message
  String plan_title_hint();

  @Message
  String plan_start_label();

  @Message
  String plan_end_label();

  @Message
  String plan_date_hint();

  @Message
  String plan_create();

  @Message
  String plan_cancel();

  @Message
  String plan_back_to_dashboard();

  @Message
  String plan_back_to_tasks();

  @Message
  String tasks_intro();

  @Message
  String tasks_progress_label();

  @Message
  String tasks_progress(int done, int total);

  @Message
  String tasks_profile();

  @Message
  String tasks_elements();

  @Message
  String tasks_continue();

  @Message
  String tasks_check();

  @Message
  String tasks_actions();

  @Message
  String tasks_history();

  @Message
  String tasks_guidance_version(String version);

  @Message
  String task_NOT_STARTED();

  @Message
  String task_IN_PROGRESS();

  @Message
  String task_COMPLETED();

  @Message
  String task_answered(int answered, int total);

  @Message
  String element_reminder();

  @Message
  String element_questions();

  @Message
  String element_status();

  @Message
  String element_answer();

  @Message
  String element_answer_hint();

  @Message
  String element_reason();

  @Message
  String element_owner();

  @Message
  String element_owner_hint();

  @Message
  String element_target();

  @Message
  String element_evidence();

  @Message
  String element_save_continue();

  @Message
  String element_save_later();

  @Message
  String element_saved();

  @Message
  String element_actions();

  @Message
  String element_open_action();

  @Message
  String element_last_saved(String who, String when);

  @Message
  String status_NOT_STARTED();

  @Message
  String status_IN_PROGRESS();

  @Message
  String status_IN_PLACE();

  @Message
  String status_NOT_APPLICABLE();

  @Message
  String error_summary_nothing_saved();

  @Message
  String error_status_unknown();

  @Message
  String error_text_too_long();

  @Message
  String error_text_required();

  @Message
  String error_reason_required();

  @Message
  String error_owner_too_long();

  @Message
  String error_owner_required();

  @Message
  String error_date_invalid();

  @Message
  String error_date_required();

  @Message
  String error_title_required();

  @Message
  String error_title_too_long();

  @Message
  String error_period_order();

  @Message
  String error_description_required();

  @Message
  String error_verification_required();

  @Message
  String error_action_status_unknown();

  @Message
  String conflict_title();

  @Message
  String conflict_text();

  @Message
  String conflict_saved();

  @Message
  String conflict_yours();

  @Message
  String conflict_action();

  @Message
  String actions_title();

  @Message
  String actions_intro();

  @Message
  String actions_none();

  @Message
  String actions_sort_due();

  @Message
  String actions_sort_due_desc();

  @Message
  String actions_col_action();

  @Message
  String actions_col_question();

  @Message
  String actions_col_owner();

  @Message
  String actions_col_due();

  @Message
  String actions_col_verification();

  @Message
  String actions_col_status();

  @Message
  String actions_overdue();

  @Message
  String actions_edit();

  @Message
  String action_new_title();

  @Message
  String action_edit_title();

  @Message
  String action_for_question();

  @Message
  String action_description();

  @Message
  String action_owner();

  @Message
  String action_due();

  @Message
  String action_verification();

  @Message
  String action_status();

  @Message
  String action_save();

  @Message
  String action_saved();

  @Message
  String action_status_OPEN();

  @Message
  String action_status_IN_PROGRESS();

  @Message
  String action_status_DONE();

  @Message
  String action_status_VERIFIED();

  @Message
  String check_title();

  @Message
  String check_intro();

  @Message
  String check_change();

  @Message
  String check_no_answer();

  @Message
  String check_profile();

  @Message
  String check_profile_complete();

  @Message
  String check_profile_incomplete();

  @Message
  String check_edit_profile();

  @Message
  String history_title();

  @Message
  String history_intro();

  @Message
  String history_none();

  @Message
  String history_col_when();

  @Message
  String history_col_who();

  @Message
  String history_col_what();

  @Message
  String history_col_before();

  @Message
  String history_col_after();

  @Message
  String history_PLAN();

  @Message
  String history_ANSWER(String question);

  @Message
  String history_ACTION(String question);

  @Message
  String field_status();

  @Message
  String field_text();

  @Message
  String field_naReason();

  @Message
  String field_owner();

  @Message
  String field_targetDate();

  @Message
  String field_description();

  @Message
  String field_dueDate();

  @Message
  String field_verification();

  @Message
  String field_title();

  @Message
  String field_periodStart();

  @Message
  String field_periodEnd();

  @Message
  String plan_profile_link();

  @Message
  String element_locked();

  @Message
  String element_reviewer_comments();

  @Message
  String element_comment_by(String author, String when);

  @Message
  String tasks_review();

  @Message
  String tasks_download();

  @Message
  String history_SUBMISSION();

  @Message
  String history_COMMENT();

  @Message
  String history_DECISION();

  @Message
  String history_DOWNLOAD();

  @Message
  String history_NEW_VERSION();

  @Message
  String field_version();

  @Message
  String field_sha256();

  @Message
  String field_comment();

  @Message
  String field_decision();

  @Message
  String field_note();

  @Message
  String field_from();

  @Message
  String history_decision_APPROVED();

  @Message
  String history_decision_CHANGES_REQUESTED();

  @Message
  String task_complete(int complete, int total);

  @Message
  String element_answer_when();

  @Message
  String element_reason_when();

  @Message
  String element_error_question(int number, String text);

  @Message
  String element_no_answer();

  @Message
  String date_past_warning();

  @Message
  String plan_date_hint_picker();

  @Message
  String plans_state_draft();

  @Message
  String plans_state_in_review();

  @Message
  String plans_state_changes_requested(int count);

  @Message
  String plans_state_approved();

  @Message
  String actions_sort_label();

  @Message
  String actions_sort_element();

  @Message
  String actions_sort_submit();

  @Message
  String action_back_to_question();

  @Message
  String element_save_open_action();

  @Message
  String history_EVIDENCE_ADDED();

  @Message
  String history_EVIDENCE_REMOVED();

  @Message
  String field_review();

  @Message
  String history_review_TO_REVIEW();

  @Message
  String history_review_KEPT();
}
