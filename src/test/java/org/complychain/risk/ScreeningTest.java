package org.complychain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.complychain.risk.Screening.Reason.Kind;
import org.junit.jupiter.api.Test;

/** The scoring method, worked by hand against the shipped 2023 edition. */
class ScreeningTest {

  private static final ReferenceData EDITION =
      new ReferenceData(UUID.randomUUID(), EditionExtract.shipped());
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void aListedPairWithEveryCompanyFactorIsCritical() {
    Supplier s = supplier("MY", "rubber_gloves");
    s.migrantWorkers = true;
    s.labourAgents = true;
    Screening.Result r = Screening.of(s, EDITION, TODAY);
    // forced labour: severity 4; likelihood 3 + migrants + agents + no audit = 6, capped at 5
    assertEquals(20, r.score());
    assertEquals(RiskLevel.CRITICAL, r.level());
    assertEquals(
        List.of(Kind.LISTED, Kind.MIGRANT_WORKERS, Kind.LABOUR_AGENTS, Kind.NO_RECENT_AUDIT),
        r.reasons().stream().map(Screening.Reason::kind).toList());
    assertEquals("rubber_gloves|MY", r.listings().get(0).pair());
  }

  @Test
  void aRecentAuditAndASmallShareLowerTheScore() {
    Supplier s = supplier("CI", "cocoa");
    s.lastAudit = TODAY.minusMonths(6);
    s.spendShare = SpendShare.UNDER_1;
    Screening.Result r = Screening.of(s, EDITION, TODAY);
    // cocoa from Côte d'Ivoire: forced child labour (5) x likelihood 3 x 0.8 = 12
    assertEquals(12, r.score());
    assertEquals(RiskLevel.HIGH, r.level());
  }

  @Test
  void anUnlistedGoodInAListedCountryIsACountryFindingOnly() {
    Supplier s = supplier("IN", "toys");
    s.lastAudit = TODAY.minusYears(1);
    Screening.Result r = Screening.of(s, EDITION, TODAY);
    assertEquals(Kind.COUNTRY_ONLY, r.reasons().get(0).kind());
    assertEquals(2, r.score());
    assertEquals(RiskLevel.LOW, r.level());
  }

  @Test
  void aCountryWithNoListingOrFindingIsLow() {
    Supplier s = supplier("DE", "garments");
    Screening.Result r = Screening.of(s, EDITION, TODAY);
    assertEquals(0, r.score());
    assertTrue(r.reasons().isEmpty());
  }

  @Test
  void freeTextNamingAListedGoodInAnyLanguageCounts() {
    Supplier s = supplier("MY", null);
    s.goodsText = "Sarung tangan getah; packaging";
    assertEquals("rubber_gloves|MY", Screening.of(s, EDITION, TODAY).listings().get(0).pair());
    assertEquals(List.of("rubber", "rubber_gloves"), GoodNames.search("GETAH", "ms"));
    assertTrue(GoodNames.search("cafe", "fr").contains("coffee"));
  }

  private static Supplier supplier(String country, String good) {
    Supplier s = new Supplier();
    s.countryCode = country;
    if (good != null) {
      s.goodKeys.add(good);
    }
    return s;
  }
}
