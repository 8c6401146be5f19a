package org.complychain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview's layout from grouped counts: levels, and a heat map that stays readable. */
class RiskOverviewLayoutTest {

  private static final RiskOverview.Names NAMES =
      new RiskOverview.Names() {
        @Override
        public String country(String code) {
          return code;
        }

        @Override
        public String good(String key) {
          return key;
        }

        @Override
        public String level(RiskLevel level) {
          return level == null ? "?" : level.name();
        }

        @Override
        public String otherCountries() {
          return "other countries";
        }

        @Override
        public String otherGoods() {
          return "other goods";
        }
      };

  @Test
  void levelsAreCountedAndEachCellShowsItsHighestLevel() {
    List<RiskOverview.CountryCount> byCountry =
        List.of(
            new RiskOverview.CountryCount("CI", RiskLevel.CRITICAL, 2),
            new RiskOverview.CountryCount("CI", RiskLevel.LOW, 1),
            new RiskOverview.CountryCount("FR", RiskLevel.LOW, 3));
    List<RiskOverview.PairCount> pairs =
        List.of(
            new RiskOverview.PairCount("CI", "cocoa", RiskLevel.CRITICAL, 2),
            new RiskOverview.PairCount("CI", "cocoa", RiskLevel.LOW, 1),
            new RiskOverview.PairCount("FR", null, RiskLevel.LOW, 3));
    RiskOverview o = RiskOverview.of(byCountry, pairs, NAMES);

    assertEquals(6, o.total());
    assertEquals(2, o.countries());
    assertEquals(2, o.count("CRITICAL"));
    assertEquals(0, o.count("HIGH"));
    assertEquals(4, o.count("LOW"));
    assertEquals("CRITICAL", o.levels().get(0).code());
    assertEquals(RiskOverview.BAR_MAX, o.levels().get(3).width());

    List<String> columns = o.heat().columns().stream().map(RiskOverview.Column::label).toList();
    assertEquals(List.of("cocoa", "other goods"), columns);
    RiskOverview.HeatRow ci = o.heat().rows().get(0);
    assertEquals("CI", ci.label());
    assertEquals(3, ci.total());
    assertEquals(3, ci.cells().get(0).count());
    assertEquals("CRITICAL", ci.cells().get(0).code());
    assertTrue(ci.cells().get(1).empty());
    assertEquals("NONE", ci.cells().get(1).code());
    assertEquals("LOW", o.heat().rows().get(1).cells().get(1).code());
  }

  @Test
  void manyCountriesAndGoodsFoldIntoOtherRowsAndColumns() {
    List<RiskOverview.CountryCount> byCountry = new ArrayList<>();
    List<RiskOverview.PairCount> pairs = new ArrayList<>();
    for (int c = 0; c < 30; c++) {
      String country = String.format("C%02d", c);
      byCountry.add(new RiskOverview.CountryCount(country, RiskLevel.MEDIUM, 40 - c));
      for (int g = 0; g < 20; g++) {
        pairs.add(
            new RiskOverview.PairCount(
                country, String.format("g%02d", g), g == 19 ? RiskLevel.HIGH : null, 1));
      }
    }
    RiskOverview o = RiskOverview.of(byCountry, pairs, NAMES);

    assertEquals(RiskOverview.TOP_COUNTRIES + 1, o.heat().rows().size());
    assertEquals(RiskOverview.TOP_GOODS + 1, o.heat().columns().size());
    assertEquals("C00", o.heat().rows().get(0).label());
    RiskOverview.HeatRow others = o.heat().rows().get(RiskOverview.TOP_COUNTRIES);
    assertEquals("other countries", others.label());
    long folded = 0;
    for (int c = RiskOverview.TOP_COUNTRIES; c < 30; c++) {
      folded += 40 - c;
    }
    assertEquals(folded, others.total());
    RiskOverview.Cell corner = others.cells().get(RiskOverview.TOP_GOODS);
    assertEquals((30 - RiskOverview.TOP_COUNTRIES) * (20 - RiskOverview.TOP_GOODS), corner.count());
    assertEquals("HIGH", corner.code());
    assertEquals("UNKNOWN", others.cells().get(0).code());
  }
}
