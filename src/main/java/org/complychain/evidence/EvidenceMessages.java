package org.complychain.evidence;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the evidence pages and the PDF annex; in {@code
 * i18n/messages/evidence_<lang>.properties}.
 */
@MessageBundle(value = "evidence", locale = "en")
public interface EvidenceMessages {

  @Message
  String list_title();

  @Message
  String list_intro();

  @Message
  String list_usage(String used, String quota);

  @Message
  String list_empty();

  @Message
  String list_upload();

  @Message
  String col_title();

  @Message
  String col_kind();

  @Message
  String col_issued();

  @Message
  String col_expires();

  @Message
  String col_uploaded();

  @Message
  String col_size();

  @Message
  String expiry_EXPIRING(String date);

  @Message
  String expiry_EXPIRED(String date);

  @Message
  String page_previous();

  @Message
  String page_next();

  @Message
  String page_of(int page, int pages);

  @Message
  String kind_POLICY();

  @Message
  String kind_CODE_OF_CONDUCT();

  @Message
  String kind_CONTRACT_CLAUSE();

  @Message
  String kind_AUDIT_REPORT();

  @Message
  String kind_TRAINING_RECORD();

  @Message
  String kind_GRIEVANCE_LOG();

  @Message
  String kind_PAYROLL_SAMPLE();

  @Message
  String kind_RECRUITMENT_FEE_RECEIPT();

  @Message
  String kind_REMEDIATION_RECORD();

  @Message
  String kind_OTHER();

  @Message
  String upload_title();

  @Message
  String upload_for_answer(String question);

  @Message
  String upload_for_action(String action);

  @Message
  String field_file();

  @Message
  String field_file_hint(String max);

  @Message
  String field_title();

  @Message
  String field_title_hint();

  @Message
  String field_kind();

  @Message
  String field_kind_choose();

  @Message
  String field_issued();

  @Message
  String field_expires();

  @Message
  String field_expires_hint();

  @Message
  String upload_submit();

  @Message
  String error_file_missing();

  @Message
  String error_file_empty();

  @Message
  String error_file_too_large(String max);

  @Message
  String error_quota(String remaining);

  @Message
  String error_extension();

  @Message
  String error_executable();

  @Message
  String error_mismatch();

  @Message
  String error_active_content();

  @Message
  String error_title_required();

  @Message
  String error_title_too_long(int max);

  @Message
  String error_kind_required();

  @Message
  String error_date_invalid();

  @Message
  String error_expiry_before_issue();

  @Message
  String error_file_again();

  @Message
  String detail_type();

  @Message
  String detail_size();

  @Message
  String detail_sha();

  @Message
  String detail_name();

  @Message
  String detail_uploaded(String who, String when);

  @Message
  String detail_download();

  @Message
  String detail_delete();

  @Message
  String detail_frozen();

  @Message
  String detail_links();

  @Message
  String detail_links_none();

  @Message
  String link_answer(String question, String plan);

  @Message
  String link_action(String plan);

  @Message
  String notice_uploaded();

  @Message
  String notice_deleted();

  @Message
  String notice_duplicate();

  @Message
  String attach_this();

  @Message
  String attach_title();

  @Message
  String attach_title_action();

  @Message
  String attach_current();

  @Message
  String attach_none();

  @Message
  String detach();

  @Message
  String detach_label(String title);

  @Message
  String attach_choose();

  @Message
  String attach_submit();

  @Message
  String attach_nothing_left();

  @Message
  String attach_upload_new();

  @Message
  String attach_back();

  @Message
  String attach_back_action();

  @Message
  String evidence_heading();

  @Message
  String evidence_manage();

  @Message
  String evidence_only_expired();

  @Message
  String flags_expiring(int count);

  @Message
  String refused_frozen();

  @Message
  String refused_locked();

  @Message
  String version_evidence();

  @Message
  String version_evidence_none();

  @Message
  String col_sha();

  @Message
  String col_question();

  @Message
  String comment_heading();

  @Message
  String comment_label();

  @Message
  String comment_submit();

  @Message
  String comment_by(String author, String when);

  @Message
  String error_comment_required();

  @Message
  String error_comment_too_long(int max);

  @Message
  String annex_title();

  @Message
  String annex_intro();

  @Message
  String annex_dates(String issued, String expires);

  @Message
  String annex_no_date();

  @Message
  String annex_organisation();

  @Message
  String nav_evidence();

  @Message
  String size_mb(String size);

  @Message
  String size_kb(String size);
}
