package org.complychain.pdf;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the plan PDF and its download page; in {@code i18n/messages/pdf_<lang>.properties}. The
 * PDF takes its language from the download, not from the page, so code asks for a bundle with
 * {@code MessageBundles.get(PdfMessages.class, Localized.Literal.of(lang))}.
 */
@MessageBundle(value = "pdf", locale = "en")
public interface PdfMessages {

  @Message
  String doc_kind();

  @Message
  String doc_subtitle();

  @Message
  String meta_title(String plan, String organisation);

  @Message
  String meta_subject(String organisation, String period);

  @Message
  String meta_keywords();

  @Message
  String footer_page(int page, int total);

  @Message
  String footer_generated(String date);

  @Message
  String watermark();

  @Message
  String language_name();

  @Message
  String file_name_prefix();

  @Message
  String cover_organisation();

  @Message
  String cover_plan();

  @Message
  String cover_period();

  @Message
  String cover_version();

  @Message
  String cover_status();

  @Message
  String cover_language();

  @Message
  String cover_generated();

  @Message
  String cover_guidance();

  @Message
  String cover_note();

  @Message
  String period(String start, String end);

  @Message
  String version_number(int number);

  @Message
  String doc_status_DRAFT();

  @Message
  String doc_status_SUBMITTED();

  @Message
  String doc_status_CHANGES_REQUESTED();

  @Message
  String doc_status_APPROVED();

  @Message
  String control_title();

  @Message
  String control_versions();

  @Message
  String control_col_version();

  @Message
  String control_col_date();

  @Message
  String control_col_status();

  @Message
  String control_col_by();

  @Message
  String control_col_note();

  @Message
  String control_draft_note();

  @Message
  String control_reviews();

  @Message
  String control_reviews_none();

  @Message
  String control_col_reviewer();

  @Message
  String control_col_decided();

  @Message
  String control_col_decision();

  @Message
  String control_signoff();

  @Message
  String control_signoff_intro();

  @Message
  String sign_name();

  @Message
  String sign_role();

  @Message
  String sign_date();

  @Message
  String sign_signature();

  @Message
  String summary_title();

  @Message
  String summary_progress(int percent);

  @Message
  String summary_chart();

  @Message
  String summary_statuses();

  @Message
  String summary_col_status();

  @Message
  String summary_col_count();

  @Message
  String summary_actions();

  @Message
  String summary_col_actions();

  @Message
  String summary_actions_total();

  @Message
  String summary_actions_open();

  @Message
  String summary_actions_overdue();

  @Message
  String summary_actions_closed();

  @Message
  String profile_title();

  @Message
  String profile_sourcing();

  @Message
  String profile_sourcing_none();

  @Message
  String element_heading(int number, String title);

  @Message
  String answer_status_label();

  @Message
  String answer_owner_label();

  @Message
  String answer_target_label();

  @Message
  String answer_reason_label();

  @Message
  String answer_none();

  @Message
  String answer_actions();

  @Message
  String answer_action(String action, String due, String status);

  @Message
  String actions_title();

  @Message
  String actions_intro();

  @Message
  String actions_none();

  @Message
  String actions_col_action();

  @Message
  String actions_col_element();

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
  String glossary_title();

  @Message
  String glossary_intro();

  @Message
  String download_title();

  @Message
  String download_intro();

  @Message
  String download_language();

  @Message
  String download_language_hint();

  @Message
  String download_submit();

  @Message
  String download_draft();

  @Message
  String download_back();

  @Message
  String sign_reviewer();

  @Message
  String missing_title();

  @Message
  String missing_intro();

  @Message
  String missing_col_code();

  @Message
  String missing_col_context();

  @Message
  String summary_complete_note(int complete, int total);

  @Message
  String summary_chart_axis_complete();

  @Message
  String element_complete(int complete, int total);

  @Message
  String chart_alt(int complete, int total);

  @Message
  String chart_alt_element(int number, String title, int complete, int total);

  @Message
  String download_approved_intro(int number);

  @Message
  String risk_title();

  @Message
  String risk_intro(int total);

  @Message
  String risk_none();

  @Message
  String risk_chart_title();

  @Message
  String risk_chart_axis();

  @Message
  String risk_chart_alt(int total);

  @Message
  String risk_chart_alt_level(String level, long count);

  @Message
  String risk_top_title();

  @Message
  String risk_top_none(int total);

  @Message
  String risk_top_shown(int shown, int total);

  @Message
  String risk_col_supplier();

  @Message
  String risk_col_country();

  @Message
  String risk_col_goods();

  @Message
  String risk_col_kind();

  @Message
  String risk_col_level();

  @Message
  String risk_col_override();

  @Message
  String risk_kind_none();

  @Message
  String risk_override_none();

  @Message
  String risk_override(String screened, String reason);

  @Message
  String risk_method_title();

  @Message
  String control_carried_from(String title, int version, String approved);
}
