package org.complychain.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the review pages; in {@code i18n/messages/review_<lang>.properties}. */
@MessageBundle(value = "review", locale = "en")
public interface ReviewMessages {

  @Message
  String queue_title();

  @Message
  String queue_intro();

  @Message
  String queue_waiting();

  @Message
  String queue_decided();

  @Message
  String queue_empty();

  @Message
  String queue_decided_empty();

  @Message
  String col_organisation();

  @Message
  String col_plan();

  @Message
  String col_version();

  @Message
  String col_submitted();

  @Message
  String col_status();

  @Message
  String version_title(int number, String plan);

  @Message
  String version_org();

  @Message
  String version_status();

  @Message
  String version_submitted();

  @Message
  String version_sha();

  @Message
  String version_decided();

  @Message
  String version_note();

  @Message
  String changes_title(String number);

  @Message
  String changes_none();

  @Message
  String changes_first();

  @Message
  String change_answer_edited(String question);

  @Message
  String change_answer_added(String question);

  @Message
  String change_answer_removed(String question);

  @Message
  String change_action_added(String question);

  @Message
  String change_action_removed(String question);

  @Message
  String change_action_edited(String question);

  @Message
  String comment_label();

  @Message
  String comment_on_element();

  @Message
  String comment_submit();

  @Message
  String comment_by(String author, String when);

  @Message
  String answer_reason();

  @Message
  String answer_owner();

  @Message
  String answer_target();

  @Message
  String actions_title();

  @Message
  String no_answer();

  @Message
  String decision_title();

  @Message
  String decision_approve();

  @Message
  String decision_changes();

  @Message
  String decision_note();

  @Message
  String decision_note_hint();

  @Message
  String decision_submit();

  @Message
  String error_comment_required();

  @Message
  String error_comment_too_long();

  @Message
  String error_decision_required();

  @Message
  String error_note_required();

  @Message
  String error_already_decided();

  @Message
  String status_SUBMITTED();

  @Message
  String status_CHANGES_REQUESTED();

  @Message
  String status_APPROVED();

  @Message
  String saved();

  @Message
  String pdf_download();

  @Message
  String back_to_queue();

  @Message
  String back_to_plan();

  @Message
  String back_to_review();

  @Message
  String review_title();

  @Message
  String review_intro();

  @Message
  String review_locked();

  @Message
  String review_missing_title();

  @Message
  String review_submit_lang();

  @Message
  String review_submit_hint();

  @Message
  String review_submit();

  @Message
  String review_reopen();

  @Message
  String review_reopen_hint();

  @Message
  String review_versions();

  @Message
  String review_no_versions();

  @Message
  String review_view(int number);

  @Message
  String error_approver_name_required();

  @Message
  String error_approver_position_required();

  @Message
  String error_approver_too_long();

  @Message
  String error_declaration_required();

  @Message
  String submit_title();

  @Message
  String submit_intro();

  @Message
  String submit_approver_name();

  @Message
  String submit_approver_name_hint();

  @Message
  String submit_approver_position();

  @Message
  String submit_declaration();

  @Message
  String submit_locked();

  @Message
  String submit_see_review();

  @Message
  String submit_incomplete();

  @Message
  String submit_no_auditor();

  @Message
  String submitted_banner();

  @Message
  String reopened_banner();

  @Message
  String next_title();

  @Message
  String next_submitted(int number, String when);

  @Message
  String next_changes(int number);

  @Message
  String next_read_comments(int number);

  @Message
  String next_approved(int number, String when);

  @Message
  String approved_title();

  @Message
  String approved_download(int number);

  @Message
  String approved_sha();

  @Message
  String review_go_check();

  @Message
  String version_approver();

  @Message
  String documents_title();

  @Message
  String submitted_pdf();

  @Message
  String profile_title();

  @Message
  String elements_title();

  @Message
  String col_element();

  @Message
  String col_comments();

  @Message
  String col_open_comments();

  @Message
  String decision_confirm(int number);

  @Message
  String error_approve_confirm_required(int number);

  @Message
  String back_to_version();

  @Message
  String element_comments_title();

  @Message
  String back_to_element(int number);

  @Message
  String error_on_question(String ref, String problem);

  @Message
  String error_on_element(int number, String problem);

  @Message
  String comment_on_question(String ref);

  @Message
  String replying_to(String author, String when);

  @Message
  String reply_label();

  @Message
  String comment_link();

  @Message
  String reply_link();

  @Message
  String resolve_button();

  @Message
  String resolved_by(String who, String when);

  @Message
  String made_on_version(int number);

  @Message
  String change_before();

  @Message
  String change_after();

  @Message
  String change_inserted();

  @Message
  String change_deleted();

  @Message
  String comment_role_auditor();

  @Message
  String comment_role_company();

  @Message
  String reply_title();

  @Message
  String reply_intro();

  @Message
  String reply_submit();

  @Message
  String reply_back();

  @Message
  String error_reply_required();

  @Message
  String reply_error(String error);

  @Message
  String screening_title();

  @Message
  String screening_intro();

  @Message
  String screening_none();

  @Message
  String screening_not_recorded();

  @Message
  String screening_counts(int total);

  @Message
  String screening_top_title();

  @Message
  String screening_top_none();

  @Message
  String screening_all(int total);

  @Message
  String screening_list_title(int number, String plan);

  @Message
  String screening_back();

  @Message
  String screening_override(String screened, String reason);

  @Message
  String screening_col_override();
}
