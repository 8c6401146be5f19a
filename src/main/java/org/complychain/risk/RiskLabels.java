package org.complychain.risk;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complychain.organisation.Countries;

/**
 * Names of the reference data in a language, for pages ({@code {l.goodLabel}}) and the PDF alike:
 * goods from our translations, countries from the JDK, the rest from the risk bundle.
 */
@TemplateExtension
public final class RiskLabels {

  private RiskLabels() {}

  public static RiskMessages messages(String lang) {
    return MessageBundles.get(RiskMessages.class, Localized.Literal.of(lang));
  }

  static String goodLabel(Listing listing, @TemplateAttribute("locale") Object locale) {
    return GoodNames.name(listing, lang(locale));
  }

  static String countryLabel(Listing listing, @TemplateAttribute("locale") Object locale) {
    return country(listing.countryCode(), lang(locale));
  }

  static String flagsLabel(Listing listing, @TemplateAttribute("locale") Object locale) {
    return flags(listing, lang(locale));
  }

  static String sectorLabel(Listing listing, @TemplateAttribute("locale") Object locale) {
    RiskMessages m = messages(lang(locale));
    return switch (listing.sector()) {
      case AGRICULTURE -> m.sector_AGRICULTURE();
      case MANUFACTURING -> m.sector_MANUFACTURING();
      case MINING -> m.sector_MINING();
      case OTHER -> m.sector_OTHER();
    };
  }

  static String statusLabel(RiskEdition edition, @TemplateAttribute("locale") Object locale) {
    RiskMessages m = messages(lang(locale));
    return switch (edition.status) {
      case PREVIEW -> m.status_PREVIEW();
      case ACTIVE -> m.status_ACTIVE();
      case RETIRED -> m.status_RETIRED();
    };
  }

  static String levelLabel(RiskLevel level, @TemplateAttribute("locale") Object locale) {
    return level(level, lang(locale));
  }

  static String levelLabel(RiskOverride o, @TemplateAttribute("locale") Object locale) {
    return o.level == null ? messages(lang(locale)).override_none() : level(o.level, lang(locale));
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

  static String lang(Object locale) {
    return locale instanceof Locale given
        ? given.getLanguage()
        : Locale.forLanguageTag(String.valueOf(locale)).getLanguage();
  }
}
