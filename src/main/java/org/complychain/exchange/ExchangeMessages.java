package org.complychain.exchange;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of export and import; in {@code i18n/messages/exchange_<lang>.properties}. */
@MessageBundle(value = "exchange", locale = "en")
public interface ExchangeMessages {

  @Message
  String link_plan_json();

  @Message
  String link_plan_zip();

  @Message
  String link_version_json(int number);

  @Message
  String link_version_zip(int number);

  @Message
  String link_org_json();

  @Message
  String link_org_zip();

  @Message
  String link_import();

  @Message
  String link_schema();

  @Message
  String data_heading();

  @Message
  String data_intro();

  @Message
  String import_title();

  @Message
  String import_intro();

  @Message
  String import_all_or_nothing();

  @Message
  String import_file_label();

  @Message
  String import_file_hint(String max);

  @Message
  String import_submit();

  @Message
  String import_done(int plans, int actions, int suppliers);

  @Message
  String import_back();

  @Message
  String error_no_file();

  @Message
  String error_too_large(String max);

  @Message
  String error_malformed();

  @Message
  String error_too_deep();

  @Message
  String error_duplicate_key(String key);

  @Message
  String error_other_schema(String found);

  @Message
  String error_invalid_value(String where);

  @Message
  String error_unknown_question(String id);

  @Message
  String schema_title();

  @Message
  String schema_intro();

  @Message
  String schema_link();

  @Message
  String schema_fields();

  @Message
  String schema_field();

  @Message
  String schema_meaning();

  @Message
  String schema_f_schemaVersion();

  @Message
  String schema_f_scope();

  @Message
  String schema_f_exportedAt();

  @Message
  String schema_f_frozenVersion();

  @Message
  String schema_f_organisation();

  @Message
  String schema_f_suppliers();

  @Message
  String schema_f_plans();

  @Message
  String schema_f_answers();

  @Message
  String schema_f_actions();

  @Message
  String schema_f_evidence();

  @Message
  String schema_f_versions();

  @Message
  String schema_csv();

  @Message
  String schema_roundtrip();

  @Message
  String too_large_title();
}
