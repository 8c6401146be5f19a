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
}
