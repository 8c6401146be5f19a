package org.complychain.risk;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.complychain.web.CsvCells;

/**
 * Writes suppliers as CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads the
 * accents), comma separated, every cell that could start a formula neutralised, headers and labels
 * in the page's language. The reader accepts what is written here in any language.
 */
final class SupplierCsvWriter {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** A widely used audit scheme, named as its owner names it in every language. */
  private static final String EXAMPLE_SCHEME = "amfori BSCI";

  private final RiskMessages m;
  private final String lang;

  SupplierCsvWriter(RiskMessages m, String lang) {
    this.m = m;
    this.lang = lang;
  }

  byte[] write(Stream<Supplier> suppliers) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(Stream.of(CsvColumn.values()).map(c -> c.header(m)));
      for (Supplier s : (Iterable<Supplier>) suppliers::iterator) {
        printer.printRecord(cells(s).stream().map(CsvCells::neutralised));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return withBom(out.toString());
  }

  /** The header and one example row, for people starting a file from scratch. */
  byte[] template() {
    Supplier example = new Supplier();
    example.name = m.csv_example_name();
    example.countryCode = "BD";
    example.region = m.csv_example_region();
    example.tier = 1;
    example.goodKeys.add("garments");
    example.goodKeys.add("cotton");
    example.goodsText = m.csv_example_goods_text();
    example.spendShare = SpendShare.FROM_5_TO_20;
    example.workforce = Workforce.FROM_250_TO_999;
    example.migrantWorkers = true;
    example.labourAgents = false;
    example.lastAudit = java.time.LocalDate.of(2025, 3, 31);
    example.auditScheme = EXAMPLE_SCHEME;
    return write(Stream.of(example));
  }

  private List<String> cells(Supplier s) {
    List<String> cells = new ArrayList<>();
    cells.add(s.name);
    cells.add(RiskText.country(s.countryCode, lang));
    cells.add(s.region);
    cells.add(Integer.toString(s.tier));
    cells.add(
        String.join(
            " | ", s.goodKeys.stream().map(k -> GoodNames.name(k, k, lang)).sorted().toList()));
    cells.add(s.goodsText);
    cells.add(s.spendShare == null ? "" : CsvValues.spendLabel(m, s.spendShare));
    cells.add(s.workforce == null ? "" : CsvValues.workforceLabel(m, s.workforce));
    cells.add(s.migrantWorkers ? m.csv_yes() : m.csv_no());
    cells.add(s.labourAgents ? m.csv_yes() : m.csv_no());
    cells.add(s.lastAudit == null ? "" : s.lastAudit.toString());
    cells.add(s.auditScheme);
    return cells;
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }
}
