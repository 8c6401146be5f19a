package org.complychain.risk;

import java.util.function.Function;

/**
 * The columns of the supplier CSV, in the order the export and template write them. Each has a
 * stable English key, accepted in any file, and a header in each of our languages.
 */
enum CsvColumn {
  NAME("name", true, RiskMessages::csv_head_name),
  COUNTRY("country", true, RiskMessages::csv_head_country),
  REGION("region", false, RiskMessages::csv_head_region),
  TIER("tier", false, RiskMessages::csv_head_tier),
  GOODS("goods", true, RiskMessages::csv_head_goods),
  GOODS_TEXT("other_goods", false, RiskMessages::csv_head_goods_text),
  SPEND("spend_share", false, RiskMessages::csv_head_spend),
  WORKFORCE("workforce", false, RiskMessages::csv_head_workforce),
  MIGRANTS("migrant_workers", false, RiskMessages::csv_head_migrants),
  AGENTS("labour_agents", false, RiskMessages::csv_head_agents),
  LAST_AUDIT("last_audit", false, RiskMessages::csv_head_last_audit),
  AUDIT_SCHEME("audit_scheme", false, RiskMessages::csv_head_audit_scheme);

  final String key;
  final boolean required;
  private final Function<RiskMessages, String> header;

  CsvColumn(String key, boolean required, Function<RiskMessages, String> header) {
    this.key = key;
    this.required = required;
    this.header = header;
  }

  String header(RiskMessages m) {
    return header.apply(m);
  }

  /** A header as compared: accents, case, spaces and punctuation ignored. */
  static String folded(String header) {
    return GoodKeys.fold(header).replaceAll("[^a-z0-9]+", "");
  }
}
