package org.complychain.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.complychain.laws.CompanyFacts.Money;
import org.complychain.laws.Finding.Reason.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules at and around every threshold, on the law files as shipped. */
class ApplicabilityTest {

  private static final List<Law> LAWS = LawFiles.load();

  private static Law law(String id) {
    return LAWS.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  /** A company incorporated and trading in {@code region}, with the given size. */
  private static CompanyFacts company(
      String region, String currency, Long revenue, Long assets, Long employees) {
    return new CompanyFacts(
        region.equals("EU") ? "FR" : region,
        Set.of(region),
        Set.of(region),
        Set.of(),
        revenue == null ? null : new Money(currency, revenue),
        assets == null ? null : new Money(currency, assets),
        employees,
        false,
        null,
        false);
  }

  private static Outcome outcome(String law, CompanyFacts facts) {
    return Applicability.assess(law(law), facts).outcome();
  }

  @ParameterizedTest(name = "UK turnover {0} GBP: {1}")
  @CsvSource({
    "35999999, DOES_NOT_APPLY",
    "36000000, APPLIES",
    "36000001, APPLIES",
    "0, DOES_NOT_APPLY"
  })
  void ukTurnoverOf36MillionPounds(long turnover, Outcome expected) {
    assertEquals(expected, outcome("uk-msa", company("GB", "GBP", turnover, null, 10L)));
  }

  @ParameterizedTest(name = "Australia revenue {0} AUD: {1}")
  @CsvSource({"99999999, DOES_NOT_APPLY", "100000000, APPLIES", "100000001, APPLIES"})
  void australiaConsolidatedRevenueOf100MillionDollars(long revenue, Outcome expected) {
    assertEquals(expected, outcome("au-msa", company("AU", "AUD", revenue, null, 10L)));
  }

  @ParameterizedTest(name = "Canada assets {0}, revenue {1}, employees {2}: {3}")
  @CsvSource({
    "20000000, 40000000, 249, APPLIES",
    "19999999, 40000000, 250, APPLIES",
    "20000000, 39999999, 250, APPLIES",
    "19999999, 39999999, 250, DOES_NOT_APPLY",
    "20000000, 39999999, 249, DOES_NOT_APPLY",
    "19999999, 40000000, 249, DOES_NOT_APPLY",
    "19999999, 39999999, 249, DOES_NOT_APPLY"
  })
  void canadaTwoOfThreeEntityThresholds(
      long assets, long revenue, long employees, Outcome expected) {
    assertEquals(expected, outcome("ca-s211", company("CA", "CAD", revenue, assets, employees)));
  }

  @ParameterizedTest(name = "Germany employees {0}: {1}")
  @CsvSource({"999, DOES_NOT_APPLY", "1000, MAY_APPLY", "250000, MAY_APPLY"})
  void lksgThousandEmployeesIsAtMostMayApply(long employees, Outcome expected) {
    assertEquals(expected, outcome("de-lksg", company("DE", "EUR", 1L, null, employees)));
  }

  @ParameterizedTest(name = "Norway revenue {0}, assets {1}, FTE {2}: {3}")
  @CsvSource({
    "70000001, 35000001, 50, APPLIES",
    "70000001, 35000000, 51, APPLIES",
    "70000000, 35000001, 51, APPLIES",
    "70000000, 35000000, 51, DOES_NOT_APPLY",
    "70000001, 35000000, 50, DOES_NOT_APPLY",
    "70000000, 35000000, 50, DOES_NOT_APPLY"
  })
  void norwayExceedsTwoOfThree(long revenue, long assets, long fte, Outcome expected) {
    assertEquals(expected, outcome("no-transparency", company("NO", "NOK", revenue, assets, fte)));
  }

  @ParameterizedTest(name = "CSDDD EU company employees {0}, turnover {1} EUR: {2}")
  @CsvSource({
    "5001, 1500000001, MAY_APPLY",
    "5000, 1500000001, DOES_NOT_APPLY",
    "5001, 1500000000, DOES_NOT_APPLY",
    "100000, 90000000000, MAY_APPLY"
  })
  void csdddAsAmendedIsMayApplyAboveBothThresholds(
      long employees, long turnover, Outcome expected) {
    assertEquals(expected, outcome("eu-csddd", company("EU", "EUR", turnover, null, employees)));
  }

  @Test
  void csdddForACompanyOutsideTheEuSellingThereLooksAtTurnoverOnly() {
    CompanyFacts us =
        new CompanyFacts(
            "US",
            Set.of("US"),
            Set.of("EU"),
            Set.of(),
            new Money("EUR", 1_500_000_001L),
            null,
            10L,
            false,
            null,
            false);
    assertEquals(Outcome.MAY_APPLY, outcome("eu-csddd", us));
  }

  @ParameterizedTest(name = "FAR outside-US value {0} USD, COTS {1}: {2}")
  @CsvSource({
    "550000, false, PLAN_NOT_REQUIRED",
    "550001, false, PLAN_UNCERTAIN",
    "700000, false, PLAN_UNCERTAIN",
    "700001, false, PLAN_REQUIRED",
    "5000000, true, PLAN_COTS",
    "0, false, PLAN_NOT_REQUIRED"
  })
  void farCompliancePlanThreshold(long value, boolean cots, Kind plan) {
    CompanyFacts contractor =
        new CompanyFacts(
            "US", Set.of("US"), Set.of("US"), Set.of(), null, null, 10L, true, value, cots);
    Finding f = Applicability.assess(law("us-far"), contractor);
    assertEquals(Outcome.APPLIES, f.outcome());
    assertTrue(f.reasons().stream().anyMatch(r -> r.kind() == plan), f.reasons().toString());
  }

  @Test
  void farDoesNotApplyWithoutAFederalContract() {
    assertEquals(Outcome.DOES_NOT_APPLY, outcome("us-far", company("US", "USD", 1L, 1L, 1L)));
  }

  @Test
  void importBansApplyToImportersWhateverTheirSize() {
    CompanyFacts importer =
        new CompanyFacts(
            "MY",
            Set.of("MY"),
            Set.of(),
            Set.of("US", "EU"),
            new Money("MYR", 1L),
            null,
            3L,
            false,
            null,
            false);
    assertEquals(Outcome.APPLIES, outcome("us-uflpa", importer));
    assertEquals(Outcome.APPLIES, outcome("eu-flr", importer));
    assertEquals(Outcome.DOES_NOT_APPLY, outcome("uk-msa", importer));
    assertEquals(Outcome.DOES_NOT_APPLY, outcome("us-uflpa", company("GB", "GBP", 1L, 1L, 1L)));
  }

  @Test
  void revenueInAnotherCurrencyIsMayApplyWithTheReason() {
    Finding f = Applicability.assess(law("uk-msa"), company("GB", "EUR", 90_000_000L, null, 10L));
    assertEquals(Outcome.MAY_APPLY, f.outcome());
    assertTrue(f.reasons().stream().anyMatch(r -> r.kind() == Kind.OTHER_CURRENCY));
  }

  @Test
  void aMissingFigureIsMayApplyOnlyWhenItCouldDecide() {
    // Canada: assets unknown, revenue met, employees missed: the unknown one could decide.
    assertEquals(
        Outcome.MAY_APPLY, outcome("ca-s211", company("CA", "CAD", 40_000_000L, null, 10L)));
    // Revenue and employees both missed: assets alone cannot reach two of three.
    assertEquals(Outcome.DOES_NOT_APPLY, outcome("ca-s211", company("CA", "CAD", 1L, null, 10L)));
  }

  @Test
  void noLinkToTheJurisdictionMeansItDoesNotApplyHoweverLarge() {
    CompanyFacts big = company("AU", "GBP", 9_000_000_000L, null, 100_000L);
    Finding f = Applicability.assess(law("uk-msa"), big);
    assertEquals(Outcome.DOES_NOT_APPLY, f.outcome());
    assertEquals(Kind.NO_LINK, f.reasons().get(0).kind());
  }
}
