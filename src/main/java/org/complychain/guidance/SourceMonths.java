package org.complychain.guidance;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** The month a source was verified, named in the page's language ("December", "Disember"). */
@TemplateExtension
final class SourceMonths {

  private SourceMonths() {}

  static String monthName(YearMonth month, @TemplateAttribute("locale") Object locale) {
    Locale l =
        locale instanceof Locale given ? given : Locale.forLanguageTag(String.valueOf(locale));
    return month.getMonth().getDisplayName(TextStyle.FULL, l);
  }
}
