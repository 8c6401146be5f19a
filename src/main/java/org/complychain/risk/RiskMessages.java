package org.complychain.risk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the risk screening pages. The texts live in {@code i18n/messages/risk_<lang>.properties};
 * a key missing from any of the four languages fails the build.
 */
@MessageBundle(value = "risk", locale = "en")
public interface RiskMessages {

  @Message
  String editions_title();

  @Message
  String editions_intro();

  @Message
  String edition_label(int list, int findings);

  @Message
  String edition_none();

  @Message
  String col_edition();

  @Message
  String col_status();

  @Message
  String col_imported();

  @Message
  String col_pairs();

  @Message
  String status_PREVIEW();

  @Message
  String status_ACTIVE();

  @Message
  String status_RETIRED();

  @Message
  String upload_title();

  @Message
  String upload_intro();

  @Message
  String field_goods_file();

  @Message
  String field_findings_file();

  @Message
  String field_list_year();

  @Message
  String field_findings_year();

  @Message
  String upload_submit();

  @Message
  String error_file_missing();

  @Message
  String error_year(int min, int max);

  @Message
  String error_edition_refused(int count);

  @Message
  String problem_at(String file, int line, String element);

  @Message
  String problem_NOT_XML(String value);

  @Message
  String problem_WRONG_ROOT(String value);

  @Message
  String problem_MISSING(String value);

  @Message
  String problem_NOT_YES_NO(String value);

  @Message
  String problem_UNKNOWN_COUNTRY(String value);

  @Message
  String problem_UNKNOWN_REGION(String value);

  @Message
  String problem_UNKNOWN_SECTOR(String value);

  @Message
  String problem_UNKNOWN_ADVANCEMENT(String value);

  @Message
  String problem_DUPLICATE(String value);

  @Message
  String problem_EMPTY(String value);

  @Message
  String preview_title(int list);

  @Message
  String preview_intro();

  @Message
  String preview_added(int count);

  @Message
  String preview_removed(int count);

  @Message
  String preview_changed(int count);

  @Message
  String preview_same();

  @Message
  String preview_shown(int shown);

  @Message
  String preview_activate();

  @Message
  String preview_discard();

  @Message
  String notice_activated();

  @Message
  String notice_discarded();

  @Message
  String col_good();

  @Message
  String col_country();

  @Message
  String col_flags();

  @Message
  String col_before();

  @Message
  String col_after();

  @Message
  String flag_child();

  @Message
  String flag_forced();

  @Message
  String flag_forced_child();

  @Message
  String flag_derived();

  @Message
  String source_line(String source, int list, int findings);

  @Message
  String back_to_editions();

  @Message
  String sector_AGRICULTURE();

  @Message
  String sector_MANUFACTURING();

  @Message
  String sector_MINING();

  @Message
  String sector_OTHER();

  @Message
  String region_EUROPE_EURASIA();

  @Message
  String region_INDO_PACIFIC();

  @Message
  String region_LATIN_AMERICA_CARIBBEAN();

  @Message
  String region_MIDDLE_EAST_NORTH_AFRICA();

  @Message
  String region_SUB_SAHARAN_AFRICA();

  @Message
  String advancement_SIGNIFICANT();

  @Message
  String advancement_MODERATE();

  @Message
  String advancement_MINIMAL();

  @Message
  String advancement_NONE();

  @Message
  String advancement_NOT_ASSESSED();

  @Message
  String advancement_NOT_COVERED();

  @Message
  String suppliers_title();

  @Message
  String suppliers_intro();

  @Message
  String suppliers_empty();

  @Message
  String suppliers_count(long count);

  @Message
  String supplier_add();

  @Message
  String unnamed_sourcing();

  @Message
  String filter_title();

  @Message
  String filter_any();

  @Message
  String filter_good();

  @Message
  String filter_apply();

  @Message
  String col_name();

  @Message
  String col_tier();

  @Message
  String col_goods();

  @Message
  String col_level();

  @Message
  String col_score();

  @Message
  String page_of(int page, int pages);

  @Message
  String page_previous();

  @Message
  String page_next();

  @Message
  String sort_by();

  @Message
  String level_LOW();

  @Message
  String level_MEDIUM();

  @Message
  String level_HIGH();

  @Message
  String level_CRITICAL();

  @Message
  String tier_1();

  @Message
  String tier_2();

  @Message
  String tier_3();

  @Message
  String tier_4();

  @Message
  String field_name();

  @Message
  String field_name_hint();

  @Message
  String field_country();

  @Message
  String field_region();

  @Message
  String field_tier();

  @Message
  String field_goods();

  @Message
  String field_goods_hint();

  @Message
  String field_goods_text();

  @Message
  String field_spend();

  @Message
  String spend_UNDER_1();

  @Message
  String spend_FROM_1_TO_5();

  @Message
  String spend_FROM_5_TO_20();

  @Message
  String spend_OVER_20();

  @Message
  String field_workforce();

  @Message
  String workforce_UNDER_50();

  @Message
  String workforce_FROM_50_TO_249();

  @Message
  String workforce_FROM_250_TO_999();

  @Message
  String workforce_OVER_1000();

  @Message
  String not_known();

  @Message
  String field_migrants();

  @Message
  String field_agents();

  @Message
  String field_last_audit();

  @Message
  String field_last_audit_hint();

  @Message
  String field_audit_scheme();

  @Message
  String supplier_save();

  @Message
  String supplier_edit();

  @Message
  String supplier_delete();

  @Message
  String supplier_new_title();

  @Message
  String back_to_suppliers();

  @Message
  String conflict_supplier();

  @Message
  String error_too_long(int max);

  @Message
  String error_country();

  @Message
  String error_tier();

  @Message
  String error_good_unknown();

  @Message
  String error_goods_required();

  @Message
  String error_choice();

  @Message
  String error_audit_date();

  @Message
  String error_reason_required();

  @Message
  String notice_supplier_saved();

  @Message
  String notice_supplier_deleted();

  @Message
  String notice_overridden();

  @Message
  String screening_title();

  @Message
  String screening_level(String level, int score);

  @Message
  String screening_computed(String level);

  @Message
  String screening_why();

  @Message
  String screening_nothing();

  @Message
  String reason_listed(String good, String country, String flags);

  @Message
  String reason_country_only();

  @Message
  String reason_weak_advancement();

  @Message
  String reason_migrants();

  @Message
  String reason_agents();

  @Message
  String reason_no_audit();

  @Message
  String reason_deep_tier();

  @Message
  String override_title();

  @Message
  String override_intro();

  @Message
  String override_none();

  @Message
  String field_level();

  @Message
  String field_reason();

  @Message
  String override_save();

  @Message
  String history_title();

  @Message
  String history_entry(String when, String who, String level);

  @Message
  String nav_suppliers();

  @Message
  String method_title();

  @Message
  String method_intro();

  @Message
  String method_step_listing();

  @Message
  String method_step_country();

  @Message
  String method_step_factors();

  @Message
  String method_step_score();

  @Message
  String method_step_level();

  @Message
  String method_limits();

  @Message
  String method_link();

  @Message
  String overview_title();

  @Message
  String overview_intro();

  @Message
  String overview_link();

  @Message
  String overview_empty();

  @Message
  String overview_total(long total, int countries);

  @Message
  String overview_levels_title();

  @Message
  String overview_bars_desc(long critical, long high, long medium, long low);

  @Message
  String overview_heat_title();

  @Message
  String overview_heat_note(int rows, int columns);

  @Message
  String overview_heat_desc();

  @Message
  String overview_table_caption();

  @Message
  String overview_col_suppliers();

  @Message
  String overview_cell(long count, String level);

  @Message
  String overview_other_countries();

  @Message
  String overview_other_goods();

  @Message
  String element_screening_title();

  @Message
  String screening_intro();

  @Message
  String screening_empty();

  @Message
  String screening_top_title();

  @Message
  String screening_none();

  @Message
  String col_why();

  @Message
  String screening_create_action();

  @Message
  String screening_register_link();

  @Message
  String action_from_risk(
      String level, String supplier, String country, String goods, String kinds);

  @Message
  String action_kind_country();

  @Message
  String action_verification();

  @Message
  String action_goods_none();

  String csv_head_name();

  @Message
  String csv_head_country();

  @Message
  String csv_head_region();

  @Message
  String csv_head_tier();

  @Message
  String csv_head_goods();

  @Message
  String csv_head_goods_text();

  @Message
  String csv_head_spend();

  @Message
  String csv_head_workforce();

  @Message
  String csv_head_migrants();

  @Message
  String csv_head_agents();

  @Message
  String csv_head_last_audit();

  @Message
  String csv_head_audit_scheme();

  @Message
  String csv_yes();

  @Message
  String csv_no();

  @Message
  String csv_row_duplicate_file(int row);

  @Message
  String csv_row_duplicate_existing();

  @Message
  String csv_row_too_long(int max);

  @Message
  String csv_row_country_unknown(String value);

  @Message
  String csv_row_suggest(String names);

  @Message
  String csv_row_good_unknown(String value);

  @Message
  String csv_row_choice(String options);

  @Message
  String csv_row_yes_no(String yes, String no);

  @Message
  String csv_row_date();

  @Message
  String csv_error_file_missing();

  @Message
  String csv_error_too_large(String max);

  @Message
  String csv_error_empty();

  @Message
  String csv_error_binary();

  @Message
  String csv_error_encoding();

  @Message
  String csv_error_quotes(String line);

  @Message
  String csv_error_no_rows();

  @Message
  String csv_error_too_many_rows(int max);

  @Message
  String csv_error_missing_columns(String columns);

  @Message
  String csv_example_name();

  @Message
  String csv_example_region();

  @Message
  String csv_example_goods_text();

  @Message
  String csv_export_file();

  @Message
  String csv_template_file();

  @Message
  String csv_links_label();

  @Message
  String csv_import_link();

  @Message
  String csv_export_link();

  @Message
  String csv_template_link();

  @Message
  String csv_import_title();

  @Message
  String csv_import_intro();

  @Message
  String csv_field_file();

  @Message
  String csv_field_file_hint(String max, int rows);

  @Message
  String csv_submit();

  @Message
  String csv_format_title();

  @Message
  String csv_format_columns(String columns);

  @Message
  String csv_format_required();

  @Message
  String csv_format_values();

  @Message
  String csv_preview_title();

  @Message
  String csv_preview_file(String name, int rows);

  @Message
  String csv_preview_ready(int count);

  @Message
  String csv_preview_blocked(int count);

  @Message
  String csv_errors_title();

  @Message
  String csv_additions_title();

  @Message
  String csv_col_row();

  @Message
  String csv_col_column();

  @Message
  String csv_col_problem();

  @Message
  String csv_shown_of(int shown, int total);

  @Message
  String csv_none_to_add();

  @Message
  String csv_confirm(int count);

  @Message
  String csv_discard();

  @Message
  String notice_imported();
}
