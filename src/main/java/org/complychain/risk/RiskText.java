package org.complychain.risk;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complychain.organisation.Countries;

/** Names of the reference data and levels in a language, for pages and documents alike. */
public final class RiskText {

  private RiskText() {}

  public static RiskMessages messages(String lang) {
    return MessageBundles.get(RiskMessages.class, Localized.Literal.of(lang));
  }

  public static String level(RiskLevel level, String lang) {
    RiskMessages m = messages(lang);
    if (level == null) {
      return m.not_known();
    }
    return switch (level) {
      case LOW -> m.level_LOW();
      case MEDIUM -> m.level_MEDIUM();
      case HIGH -> m.level_HIGH();
      case CRITICAL -> m.level_CRITICAL();
    };
  }

  public static String country(String code, String lang) {
    return Countries.name(code, Locale.forLanguageTag(lang));
  }

  /** The kinds of exploitation a listing names, in the language, joined by commas. */
  public static String flags(Listing l, String lang) {
    RiskMessages m = messages(lang);
    List<String> kinds = new ArrayList<>();
    if (l.childLabour()) {
      kinds.add(m.flag_child());
    }
    if (l.forcedLabour()) {
      kinds.add(m.flag_forced());
    }
    if (l.forcedChildLabour()) {
      kinds.add(m.flag_forced_child());
    }
    if (l.derived()) {
      kinds.add(m.flag_derived());
    }
    return String.join(", ", kinds);
  }

  public static String advancement(Advancement a, String lang) {
    RiskMessages m = messages(lang);
    return switch (a) {
      case SIGNIFICANT -> m.advancement_SIGNIFICANT();
      case MODERATE -> m.advancement_MODERATE();
      case MINIMAL -> m.advancement_MINIMAL();
      case NONE -> m.advancement_NONE();
      case NOT_ASSESSED -> m.advancement_NOT_ASSESSED();
      case NOT_COVERED -> m.advancement_NOT_COVERED();
    };
  }

  /** Why a supplier scored what it did, one reason in the language. */
  public static String reason(Screening.Reason r, String lang) {
    RiskMessages m = messages(lang);
    return switch (r.kind()) {
      case LISTED ->
          m.reason_listed(
              GoodNames.name(r.listing(), lang),
              country(r.listing().countryCode(), lang),
              flags(r.listing(), lang));
      case COUNTRY_ONLY -> m.reason_country_only();
      case WEAK_ADVANCEMENT -> m.reason_weak_advancement();
      case MIGRANT_WORKERS -> m.reason_migrants();
      case LABOUR_AGENTS -> m.reason_agents();
      case NO_RECENT_AUDIT -> m.reason_no_audit();
      case DEEP_TIER -> m.reason_deep_tier();
    };
  }
}
