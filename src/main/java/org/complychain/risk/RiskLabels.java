package org.complychain.risk;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;

/**
 * Names of the reference data in a language, for pages ({@code {l.goodLabel}}) and the PDF alike:
 * goods from our translations, countries from the JDK, the rest from the risk bundle.
 */
@TemplateExtension
public final class RiskLabels {

  private RiskLabels() {}

  static String goodLabel(Listing listing, @TemplateAttribute("locale") Object locale) {
    return GoodNames.name(listing, langOf(locale));
  }

  static String countryLabel(Listing listing, @TemplateAttribute("locale") Object locale) {
    return RiskText.country(listing.countryCode(), langOf(locale));
  }

  static String flagsLabel(Listing listing, @TemplateAttribute("locale") Object locale) {
    return RiskText.flags(listing, langOf(locale));
  }

  static String sectorLabel(Listing listing, @TemplateAttribute("locale") Object locale) {
    RiskMessages m = RiskText.messages(langOf(locale));
    return switch (listing.sector()) {
      case AGRICULTURE -> m.sector_AGRICULTURE();
      case MANUFACTURING -> m.sector_MANUFACTURING();
      case MINING -> m.sector_MINING();
      case OTHER -> m.sector_OTHER();
    };
  }

  static String statusLabel(RiskEdition edition, @TemplateAttribute("locale") Object locale) {
    RiskMessages m = RiskText.messages(langOf(locale));
    return switch (edition.status) {
      case PREVIEW -> m.status_PREVIEW();
      case ACTIVE -> m.status_ACTIVE();
      case RETIRED -> m.status_RETIRED();
    };
  }

  static String levelLabel(RiskLevel level, @TemplateAttribute("locale") Object locale) {
    return RiskText.level(level, langOf(locale));
  }

  static String levelLabel(RiskOverride o, @TemplateAttribute("locale") Object locale) {
    return o.level == null
        ? RiskText.messages(langOf(locale)).override_none()
        : RiskText.level(o.level, langOf(locale));
  }

  private static String langOf(Object locale) {
    return locale instanceof Locale given
        ? given.getLanguage()
        : Locale.forLanguageTag(String.valueOf(locale)).getLanguage();
  }
}
