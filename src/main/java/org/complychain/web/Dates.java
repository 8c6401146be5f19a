package org.complychain.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people read them in each language. Times are shown in UTC, and say so. */
public final class Dates {

  private Dates() {}

  public static String date(LocalDate date, Locale locale) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  public static String dateTime(OffsetDateTime time, Locale locale) {
    if (time == null) {
      return "";
    }
    OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .format(utc.toLocalDateTime())
        + " UTC";
  }
}
