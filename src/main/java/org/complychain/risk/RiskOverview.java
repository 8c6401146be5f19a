package org.complychain.risk;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's screening at a glance, laid out for the overview page's two drawings: a bar
 * per level and a heat map of countries × goods. The geometry is computed here so that the template
 * only places what it is given. The heat map keeps the countries and goods with the most suppliers
 * and folds the rest into an "other" row and column, so it stays readable for an organisation with
 * suppliers in fifty countries.
 */
@TemplateData
public record RiskOverview(
    long total, List<LevelBar> levels, int barsHeight, HeatMap heat, int countries) {

  /** Countries shown as rows of their own; the rest are one row. */
  static final int TOP_COUNTRIES = 12;

  /** Goods shown as columns of their own; the rest, and unlisted goods, are one column. */
  static final int TOP_GOODS = 8;

  static final int BAR_LEFT = 150;
  static final int BAR_MAX = 380;
  static final int BAR_STEP = 40;
  static final int HEAT_LEFT = 240;
  static final int HEAT_TOP = 120;
  static final int CELL_WIDTH = 96;
  static final int CELL_HEIGHT = 46;

  /** How many suppliers have reached one level, as a bar. */
  @TemplateData
  public record LevelBar(String code, String label, long count, int y, int width) {
    public int textX() {
      return BAR_LEFT + width + 8;
    }

    public int textY() {
      return y + 23;
    }

    public int rectY() {
      return y + 6;
    }
  }

  /** A column of the heat map: a good, or the others together ({@code other}). */
  @TemplateData
  public record Column(String label, int x, boolean other) {
    public int labelX() {
      return x + CELL_WIDTH / 2;
    }
  }

  /**
   * A cell: the suppliers of the row's country that supply the column's good, with the highest
   * level among them; {@code code} is NONE when there are none and UNKNOWN when none is screened.
   */
  @TemplateData
  public record Cell(long count, String code, String label, int x, int y) {
    public int textX() {
      return x + CELL_WIDTH / 2;
    }

    public boolean empty() {
      return count == 0;
    }

    public int countY() {
      return y + 20;
    }

    public int levelY() {
      return y + 37;
    }
  }

  @TemplateData
  public record HeatRow(String label, int y, long total, List<Cell> cells, boolean other) {
    public int labelY() {
      return y + CELL_HEIGHT / 2 + 5;
    }
  }

  @TemplateData
  public record HeatMap(List<Column> columns, List<HeatRow> rows, int width, int height) {
    public boolean empty() {
      return rows.isEmpty();
    }
  }

  /** How many suppliers are at the level with this code. */
  public long count(String code) {
    return levels.stream().filter(b -> b.code().equals(code)).mapToLong(LevelBar::count).sum();
  }

  public int barLeft() {
    return BAR_LEFT;
  }

  public int heatLeft() {
    return HEAT_LEFT;
  }

  public int heatTop() {
    return HEAT_TOP;
  }

  public int cellWidth() {
    return CELL_WIDTH;
  }

  public int cellHeight() {
    return CELL_HEIGHT;
  }

  /** Suppliers of one country at one level (null: not screened yet), as the query returns them. */
  record CountryCount(String country, RiskLevel level, long count) {}

  /**
   * Suppliers of one country and good at one level; the good is null for a supplier whose goods are
   * all typed rather than chosen from the list.
   */
  record PairCount(String country, String good, RiskLevel level, long count) {}

  /** Names in the page's language, so that the layout itself knows no bundle. */
  interface Names {
    String country(String code);

    String good(String key);

    String level(RiskLevel level);

    String otherCountries();

    String otherGoods();
  }

  static RiskOverview of(List<CountryCount> byCountry, List<PairCount> pairs, Names names) {
    Map<RiskLevel, Long> perLevel = new EnumMap<>(RiskLevel.class);
    Map<String, Long> perCountry = new HashMap<>();
    long total = 0;
    for (CountryCount c : byCountry) {
      if (c.level() != null) {
        perLevel.merge(c.level(), c.count(), Long::sum);
      }
      perCountry.merge(c.country(), c.count(), Long::sum);
      total += c.count();
    }
    return new RiskOverview(
        total,
        bars(perLevel, names),
        RiskLevel.values().length * BAR_STEP,
        heat(perCountry, pairs, names),
        perCountry.size());
  }

  private static List<LevelBar> bars(Map<RiskLevel, Long> perLevel, Names names) {
    long most = perLevel.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<LevelBar> bars = new ArrayList<>();
    RiskLevel[] levels = RiskLevel.values();
    for (int i = levels.length - 1; i >= 0; i--) {
      long count = perLevel.getOrDefault(levels[i], 0L);
      int width = most == 0 ? 0 : (int) Math.round((double) count / most * BAR_MAX);
      bars.add(
          new LevelBar(
              levels[i].name(),
              names.level(levels[i]),
              count,
              (levels.length - 1 - i) * BAR_STEP,
              count > 0 ? Math.max(width, 2) : 0));
    }
    return bars;
  }

  private static HeatMap heat(Map<String, Long> perCountry, List<PairCount> pairs, Names names) {
    Map<String, Long> perGood = new HashMap<>();
    for (PairCount p : pairs) {
      if (p.good() != null) {
        perGood.merge(p.good(), p.count(), Long::sum);
      }
    }
    List<String> countries = top(perCountry, TOP_COUNTRIES);
    List<String> goods = top(perGood, TOP_GOODS);
    boolean otherCountries = perCountry.size() > countries.size();
    boolean otherGoods =
        perGood.size() > goods.size() || pairs.stream().anyMatch(p -> p.good() == null);

    List<Column> columns = new ArrayList<>();
    for (String good : goods) {
      columns.add(new Column(names.good(good), HEAT_LEFT + columns.size() * CELL_WIDTH, false));
    }
    if (otherGoods) {
      columns.add(new Column(names.otherGoods(), HEAT_LEFT + columns.size() * CELL_WIDTH, true));
    }

    // Cells by row then column, each holding its count and the levels seen.
    Map<String, Map<String, Tally>> grid = new LinkedHashMap<>();
    for (PairCount p : pairs) {
      String row = countries.contains(p.country()) ? p.country() : null;
      String column = p.good() != null && goods.contains(p.good()) ? p.good() : null;
      grid.computeIfAbsent(String.valueOf(row), k -> new HashMap<>())
          .computeIfAbsent(String.valueOf(column), k -> new Tally())
          .add(p.level(), p.count());
    }
    List<HeatRow> rows = new ArrayList<>();
    List<String> rowKeys = new ArrayList<>(countries);
    if (otherCountries) {
      rowKeys.add(null);
    }
    List<String> columnKeys = new ArrayList<>(goods);
    if (otherGoods) {
      columnKeys.add(null);
    }
    for (String country : rowKeys) {
      int y = HEAT_TOP + rows.size() * CELL_HEIGHT;
      Map<String, Tally> line = grid.getOrDefault(String.valueOf(country), Map.of());
      List<Cell> cells = new ArrayList<>();
      for (String good : columnKeys) {
        Tally t = line.getOrDefault(String.valueOf(good), new Tally());
        String code = t.count == 0 ? "NONE" : t.highest == null ? "UNKNOWN" : t.highest.name();
        String label = t.count == 0 ? "" : names.level(t.highest);
        cells.add(new Cell(t.count, code, label, HEAT_LEFT + cells.size() * CELL_WIDTH, y));
      }
      long rowTotal =
          country == null
              ? perCountry.entrySet().stream()
                  .filter(e -> !countries.contains(e.getKey()))
                  .mapToLong(Map.Entry::getValue)
                  .sum()
              : perCountry.get(country);
      rows.add(
          new HeatRow(
              country == null ? names.otherCountries() : names.country(country),
              y,
              rowTotal,
              cells,
              country == null));
    }
    return new HeatMap(
        columns,
        rows,
        HEAT_LEFT + columns.size() * CELL_WIDTH + 180,
        HEAT_TOP + rows.size() * CELL_HEIGHT + 10);
  }

  /** The keys with the highest counts, ties broken by key so the drawing is stable. */
  private static List<String> top(Map<String, Long> counts, int limit) {
    List<String> keys =
        counts.entrySet().stream()
            .sorted(
                Comparator.comparing(Map.Entry<String, Long>::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .toList();
    // Folding a single leftover into "other" hides a name and saves nothing.
    return keys.size() <= limit + 1 ? keys : keys.subList(0, limit);
  }

  private static final class Tally {
    long count;
    RiskLevel highest;

    void add(RiskLevel level, long n) {
      count += n;
      if (level != null && (highest == null || level.compareTo(highest) > 0)) {
        highest = level;
      }
    }
  }
}
