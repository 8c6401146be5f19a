package org.complychain.laws;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the laws pages and drafts; in {@code i18n/messages/laws_<lang>.properties}. */
@MessageBundle(value = "laws", locale = "en")
public interface LawsMessages {

  @Message
  String laws_title();

  @Message
  String laws_intro();

  @Message
  String laws_not_advice();

  @Message
  String laws_results_title();

  @Message
  String laws_none_yet();

  @Message
  String laws_saved();

  @Message
  String outcome_APPLIES();

  @Message
  String outcome_MAY_APPLY();

  @Message
  String outcome_DOES_NOT_APPLY();

  @Message
  String law_official_text();

  @Message
  String law_verified(String month);

  @Message
  String law_applies_from(String date);

  @Message
  String law_coverage_link();

  @Message
  String law_why();

  @Message
  String form_title();

  @Message
  String field_incorporated();

  @Message
  String field_business();

  @Message
  String field_sells();

  @Message
  String field_imports();

  @Message
  String field_regions_hint();

  @Message
  String field_revenue();

  @Message
  String field_revenue_hint();

  @Message
  String field_currency();

  @Message
  String field_assets();

  @Message
  String field_assets_hint();

  @Message
  String field_employees();

  @Message
  String field_federal();

  @Message
  String field_federal_yes();

  @Message
  String field_federal_no();

  @Message
  String field_federal_outside();

  @Message
  String field_federal_outside_hint();

  @Message
  String field_cots();

  @Message
  String form_submit();

  @Message
  String choose_country();

  @Message
  String region_GB();

  @Message
  String region_AU();

  @Message
  String region_CA();

  @Message
  String region_US();

  @Message
  String region_DE();

  @Message
  String region_NO();

  @Message
  String region_EU();

  @Message
  String error_incorporated_required();

  @Message
  String error_country_unknown();

  @Message
  String error_region_unknown();

  @Message
  String error_amount_required();

  @Message
  String error_amount_negative();

  @Message
  String error_amount_format();

  @Message
  String error_amount_too_large();

  @Message
  String error_currency_unknown();

  @Message
  String error_federal_required();

  @Message
  String reason_linked(String link);

  @Message
  String reason_no_link(String place);

  @Message
  String reason_needed(int count);

  @Message
  String reason_met(String measure, String value, String threshold);

  @Message
  String reason_not_met(String measure, String value, String threshold);

  @Message
  String reason_missing(String measure, String threshold);

  @Message
  String reason_other_currency(String measure, String value, String threshold);

  @Message
  String reason_plan_required(String threshold);

  @Message
  String reason_plan_not_required(String threshold);

  @Message
  String reason_plan_uncertain(String threshold);

  @Message
  String reason_plan_cots();

  @Message
  String threshold_at_least(String figure);

  @Message
  String threshold_more_than(String figure);

  @Message
  String measure_revenue();

  @Message
  String measure_assets();

  @Message
  String measure_employees();

  @Message
  String measure_federal_outside();

  @Message
  String link_incorporated(String place);

  @Message
  String link_business(String place);

  @Message
  String link_sells(String place);

  @Message
  String link_imports(String place);

  @Message
  String link_federal();

  @Message
  String coverage_title(String law);

  @Message
  String coverage_intro();

  @Message
  String coverage_plan(String title);

  @Message
  String coverage_no_plan();

  @Message
  String coverage_col_criterion();

  @Message
  String coverage_col_answers();

  @Message
  String coverage_col_gaps();

  @Message
  String coverage_profile();

  @Message
  String coverage_risk_screening();

  @Message
  String coverage_no_question();

  @Message
  String coverage_summary(int covered, int total);

  @Message
  String coverage_back();

  @Message
  String coverage_choose_plan();

  @Message
  String coverage_show();

  @Message
  String criterion_COVERED();

  @Message
  String criterion_PARTLY();

  @Message
  String criterion_GAP();

  @Message
  String draft_title();

  @Message
  String draft_intro();

  @Message
  String draft_lang();

  @Message
  String draft_pdf();

  @Message
  String draft_docx();

  @Message
  String draft_source_live();

  @Message
  String draft_source_version(int number);

  @Message
  String doc_title(String law);

  @Message
  String doc_draft_notice();

  @Message
  String doc_source_live(String plan);

  @Message
  String doc_source_version(int number, String plan);

  @Message
  String doc_placeholder_unanswered(String question);

  @Message
  String doc_placeholder_gap(String status, String question);

  @Message
  String doc_placeholder_none();

  @Message
  String doc_placeholder_risk();

  @Message
  String doc_not_applicable(String reason);

  @Message
  String doc_profile(String name, String country, String products);

  @Message
  String doc_sign_name();

  @Message
  String doc_sign_position();

  @Message
  String doc_sign_signature();

  @Message
  String doc_sign_date();

  @Message
  String doc_approved_on();

  @Message
  String doc_signature_heading();

  @Message
  String doc_signature_generic();

  @Message
  String coverage_draft_none();

  @Message
  String error_saved_meanwhile();

  @Message
  String doc_risk_screening(
      long suppliers, long critical, long high, long medium, long low, String edition);
}
