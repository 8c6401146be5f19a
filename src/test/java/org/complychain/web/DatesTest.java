package org.complychain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static final OffsetDateTime NOON_UTC =
      OffsetDateTime.of(2027, 3, 31, 12, 5, 0, 0, ZoneOffset.UTC);

  @Test
  void englishDatesPutTheDayFirstLikeTheOtherLanguages() {
    LocalDate date = LocalDate.of(2027, 3, 31);
    assertEquals("31 Mar 2027", Dates.date(date, Locale.ENGLISH));
    assertEquals("31 mar 2027", Dates.date(date, Locale.forLanguageTag("es")));
  }

  @Test
  void timesAreShownInTheReadersZoneAndNameIt() {
    assertEquals(
        "31 Mar 2027, 14:05 Europe/Madrid",
        Dates.dateTime(NOON_UTC, Locale.ENGLISH, ZoneId.of("Europe/Madrid")));
    assertEquals("31 Mar 2027, 12:05 UTC", Dates.dateTime(NOON_UTC, Locale.ENGLISH));
  }

  @Test
  void anUnknownOrMalformedZoneFallsBackToUtc() {
    assertEquals(ZoneOffset.UTC, RequestZone.parse("Mars/Olympus"));
    assertEquals(ZoneOffset.UTC, RequestZone.parse("Europe/Paris; drop"));
    assertEquals(ZoneOffset.UTC, RequestZone.parse(null));
    assertEquals(ZoneId.of("Asia/Kuala_Lumpur"), RequestZone.parse("Asia/Kuala_Lumpur"));
  }
}
