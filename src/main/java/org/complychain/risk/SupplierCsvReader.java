package org.complychain.risk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.complychain.organisation.Text;
import org.complychain.web.CsvCells;
import org.complychain.web.FormErrors;
import org.complychain.web.Languages;

/**
 * Reads a decoded supplier CSV into forms, one per row, with every problem of every row. Each row
 * is checked like a supplier typed into the form ({@link SupplierForm#validate}); the file is
 * refused as a whole only when it cannot be read as a table of suppliers at all.
 */
final class SupplierCsvReader {

  /** Rows beyond this are refused: a register of this size is imported in several files. */
  static final int MAX_ROWS = 20_000;

  /** No field of a supplier is longer; a longer cell is a row error, never stored. */
  static final int MAX_CELL = Supplier.GOODS_TEXT_MAX;

  /** A row's problem: the spreadsheet row (the header is row 1), the column's header, the text. */
  record RowError(int row, String column, String message) {}

  /** A row that is ready to be added, with its spreadsheet row. */
  record Row(int row, SupplierForm form) {}

  /** What a file holds: rows without problems, and the problems of the others. */
  record Result(int rowCount, List<Row> rows, List<RowError> errors) {}

  private static final Map<String, CsvColumn> HEADERS = headers();

  private final ReferenceData data;
  private final RiskMessages m;
  private final String lang;
  private final Set<String> existing;
  private final List<String> spendLabels;
  private final List<String> workforceLabels;

  /**
   * @param existing the folded name and country ({@link #duplicateKey}) of the organisation's
   *     suppliers, so that a row already in the register is reported
   */
  SupplierCsvReader(ReferenceData data, RiskMessages m, String lang, Set<String> existing) {
    this.data = data;
    this.m = m;
    this.lang = lang;
    this.existing = existing;
    this.spendLabels = CsvValues.spendLabels(m);
    this.workforceLabels = CsvValues.workforceLabels(m);
  }

  Result read(String text) throws CsvRefused {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(separator(text))
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int count = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      var records = parser.iterator();
      try {
        if (!records.hasNext()) {
          throw new CsvRefused(CsvRefused.Reason.EMPTY);
        }
        Map<CsvColumn, Integer> columns = columns(records.next());
        while (records.hasNext()) {
          CSVRecord record = records.next();
          if (blank(record)) {
            continue;
          }
          if (++count > MAX_ROWS) {
            throw new CsvRefused(CsvRefused.Reason.TOO_MANY_ROWS, Integer.toString(MAX_ROWS));
          }
          int rowNumber = (int) record.getRecordNumber();
          List<RowError> problems = new ArrayList<>();
          SupplierForm form = form(record, columns, rowNumber, problems);
          String key = duplicateKey(form.name, form.country);
          if (key != null && problems.isEmpty()) {
            Integer first = seen.putIfAbsent(key, rowNumber);
            if (first != null) {
              problems.add(error(rowNumber, CsvColumn.NAME, m.csv_row_duplicate_file(first)));
            } else if (existing.contains(key)) {
              problems.add(error(rowNumber, CsvColumn.NAME, m.csv_row_duplicate_existing()));
            }
          }
          if (problems.isEmpty()) {
            rows.add(new Row(rowNumber, form));
          } else {
            errors.addAll(problems);
          }
        }
      } catch (UncheckedIOException | IllegalStateException broken) {
        throw new CsvRefused(
            CsvRefused.Reason.QUOTES, Long.toString(parser.getCurrentLineNumber() + 1));
      }
    } catch (IOException e) {
      throw new CsvRefused(CsvRefused.Reason.QUOTES, "1");
    }
    if (count == 0) {
      throw new CsvRefused(CsvRefused.Reason.NO_ROWS);
    }
    return new Result(count, rows, errors);
  }

  /** The name and country by which two suppliers are the same; null for unnamed sourcing. */
  static String duplicateKey(String name, String countryCode) {
    String n = Text.line(name);
    if (n.isEmpty() || countryCode == null) {
      return null;
    }
    return GoodKeys.fold(n).replaceAll("\\s+", " ") + "|" + countryCode;
  }

  /** Semicolon (Excel where the decimal mark is a comma), tab or comma: the most used in line 1. */
  static char separator(String text) {
    String first = text.lines().findFirst().orElse("");
    char best = ',';
    long most = first.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long n = first.chars().filter(c -> c == candidate).count();
      if (n > most) {
        best = candidate;
        most = n;
      }
    }
    return best;
  }

  private Map<CsvColumn, Integer> columns(CSVRecord header) throws CsvRefused {
    Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      CsvColumn column = HEADERS.get(CsvColumn.folded(name));
      if (column != null) {
        columns.putIfAbsent(column, i);
      }
    }
    List<String> missing =
        List.of(CsvColumn.values()).stream()
            .filter(c -> c.required && !columns.containsKey(c))
            .map(c -> c.header(m))
            .toList();
    if (!missing.isEmpty()) {
      throw new CsvRefused(CsvRefused.Reason.MISSING_COLUMNS, String.join(", ", missing));
    }
    return columns;
  }

  private SupplierForm form(
      CSVRecord record, Map<CsvColumn, Integer> columns, int row, List<RowError> problems) {
    Map<CsvColumn, String> cells = new EnumMap<>(CsvColumn.class);
    for (Map.Entry<CsvColumn, Integer> c : columns.entrySet()) {
      String cell = c.getValue() < record.size() ? record.get(c.getValue()) : "";
      if (cell.length() > MAX_CELL) {
        problems.add(error(row, c.getKey(), m.csv_row_too_long(MAX_CELL)));
        cell = "";
      }
      cells.put(c.getKey(), CsvCells.unescaped(cell.strip()));
    }
    SupplierForm form = new SupplierForm();
    form.name = cells.getOrDefault(CsvColumn.NAME, "");
    form.region = cells.getOrDefault(CsvColumn.REGION, "");
    form.goodsText = cells.getOrDefault(CsvColumn.GOODS_TEXT, "");
    form.auditScheme = cells.getOrDefault(CsvColumn.AUDIT_SCHEME, "");
    String country = cells.getOrDefault(CsvColumn.COUNTRY, "");
    form.country = CsvValues.country(country).orElse("");
    if (form.country.isEmpty() && !country.isEmpty()) {
      problems.add(
          error(
              row,
              CsvColumn.COUNTRY,
              withSuggestions(
                  m.csv_row_country_unknown(country), CsvValues.nearestCountries(country, lang))));
    }
    String tier = cells.getOrDefault(CsvColumn.TIER, "");
    form.tier = tier.isEmpty() ? "1" : CsvValues.tier(tier).map(String::valueOf).orElse("");
    for (String name : CsvValues.goodNames(cells.getOrDefault(CsvColumn.GOODS, ""))) {
      var key = CsvValues.good(name).filter(data::knownGood);
      if (key.isPresent()) {
        if (!form.goods.contains(key.get())) {
          form.goods.add(key.get());
        }
      } else {
        problems.add(
            error(
                row,
                CsvColumn.GOODS,
                withSuggestions(m.csv_row_good_unknown(name), CsvValues.nearestGoods(name, lang))));
      }
    }
    form.spendShare = choice(cells, CsvColumn.SPEND, CsvValues::spend, spendLabels, row, problems);
    form.workforce =
        choice(cells, CsvColumn.WORKFORCE, CsvValues::workforce, workforceLabels, row, problems);
    form.migrantWorkers = yesNo(cells, CsvColumn.MIGRANTS, row, problems);
    form.labourAgents = yesNo(cells, CsvColumn.AGENTS, row, problems);
    String audit = cells.getOrDefault(CsvColumn.LAST_AUDIT, "");
    if (!audit.isEmpty()) {
      form.lastAudit = CsvValues.date(audit).map(Object::toString).orElse(null);
      if (form.lastAudit == null) {
        problems.add(error(row, CsvColumn.LAST_AUDIT, m.csv_row_date()));
      }
    }
    FormErrors checked = form.validate(m, data);
    Set<String> reported = problems.stream().map(RowError::column).collect(Collectors.toSet());
    for (FormErrors.FieldError e : checked.list()) {
      CsvColumn column = columnOf(e.field());
      if (!reported.contains(column.header(m))) {
        problems.add(error(row, column, e.text()));
      }
    }
    return form;
  }

  private String choice(
      Map<CsvColumn, String> cells,
      CsvColumn column,
      Function<String, Optional<? extends Enum<?>>> parse,
      List<String> labels,
      int row,
      List<RowError> problems) {
    String cell = cells.getOrDefault(column, "");
    if (cell.isEmpty()) {
      return "";
    }
    var value = parse.apply(cell);
    if (value.isEmpty()) {
      problems.add(error(row, column, m.csv_row_choice(String.join(" · ", labels))));
      return "";
    }
    return value.get().name();
  }

  private String yesNo(Map<CsvColumn, String> cells, CsvColumn column, int row, List<RowError> p) {
    var value = CsvValues.yesNo(cells.getOrDefault(column, ""));
    if (value.isEmpty()) {
      p.add(error(row, column, m.csv_row_yes_no(m.csv_yes(), m.csv_no())));
      return null;
    }
    return value.get() ? "yes" : null;
  }

  private static CsvColumn columnOf(String field) {
    return switch (field) {
      case "name" -> CsvColumn.NAME;
      case "country" -> CsvColumn.COUNTRY;
      case "region" -> CsvColumn.REGION;
      case "tier" -> CsvColumn.TIER;
      case "goodsText" -> CsvColumn.GOODS_TEXT;
      case "spendShare" -> CsvColumn.SPEND;
      case "workforce" -> CsvColumn.WORKFORCE;
      case "lastAudit" -> CsvColumn.LAST_AUDIT;
      case "auditScheme" -> CsvColumn.AUDIT_SCHEME;
      default -> CsvColumn.GOODS;
    };
  }

  private RowError error(int row, CsvColumn column, String message) {
    return new RowError(row, column.header(m), message);
  }

  private String withSuggestions(String message, List<String> names) {
    return names.isEmpty() ? message : message + " " + m.csv_row_suggest(String.join(", ", names));
  }

  private static boolean blank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, CsvColumn> headers() {
    Map<String, CsvColumn> byHeader = new HashMap<>();
    for (CsvColumn column : CsvColumn.values()) {
      byHeader.put(CsvColumn.folded(column.key), column);
      for (String lang : Languages.CODES) {
        byHeader.putIfAbsent(CsvColumn.folded(column.header(RiskText.messages(lang))), column);
      }
    }
    return Map.copyOf(byHeader);
  }
}
