package org.complychain.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as people read them in each language. English is written the British way (day before
 * month), as in the other three languages. A time always says which time zone it is in.
 */
public final class Dates {

  private Dates() {}

  public static String date(LocalDate date, Locale locale) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(written(locale))
            .format(date);
  }

  /** A time in UTC, as documents show it: the same for every reader. */
  public static String dateTime(OffsetDateTime time, Locale locale) {
    return dateTime(time, locale, ZoneOffset.UTC);
  }

  /** A time in the reader's time zone, followed by the zone's name. */
  public static String dateTime(OffsetDateTime time, Locale locale, ZoneId zone) {
    if (time == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(written(locale))
            .format(time.atZoneSameInstant(zone).toLocalDateTime())
        + " "
        + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
  }

  private static Locale written(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
  }
}
