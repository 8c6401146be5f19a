package org.complychain.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The edition the product ships, as facts in three small files under {@code risk/ilab/}: {@code
 * edition.properties} (years and source), {@code listings.csv} (one good–country pair a line) and
 * {@code countries.csv}. Written only by our importer (see {@code IlabExtractTest}), never by hand.
 */
public final class EditionExtract {

  public static final String RESOURCE = "risk/ilab/";

  static final String[] LISTING_COLUMNS = {
    "good_key",
    "good_name",
    "sector",
    "country",
    "region",
    "child_labour",
    "forced_labour",
    "forced_child_labour",
    "derived_exploitation"
  };
  static final String[] COUNTRY_COLUMNS = {"country", "region", "advancement"};

  private EditionExtract() {}

  /** Writes the edition in a stable order, so the same data gives the same files. */
  public static void write(EditionData edition, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Writer out = Files.newBufferedWriter(dir.resolve("edition.properties"))) {
      out.write("# Facts extracted from ILAB's published XML by IlabImporter; do not edit.\n");
      out.write("list_year=" + edition.listYear() + "\n");
      out.write("findings_year=" + edition.findingsYear() + "\n");
      out.write("source=" + edition.source() + "\n");
    }
    CSVFormat listingFormat = CSVFormat.RFC4180.builder().setHeader(LISTING_COLUMNS).get();
    try (CSVPrinter csv =
        new CSVPrinter(Files.newBufferedWriter(dir.resolve("listings.csv")), listingFormat)) {
      for (Listing l :
          edition.listings().stream()
              .sorted(Comparator.comparing(Listing::goodKey).thenComparing(Listing::countryCode))
              .toList()) {
        csv.printRecord(
            l.goodKey(),
            l.goodName(),
            l.sector(),
            l.countryCode(),
            l.region(),
            l.childLabour(),
            l.forcedLabour(),
            l.forcedChildLabour(),
            l.derived());
      }
    }
    CSVFormat countryFormat = CSVFormat.RFC4180.builder().setHeader(COUNTRY_COLUMNS).get();
    try (CSVPrinter csv =
        new CSVPrinter(Files.newBufferedWriter(dir.resolve("countries.csv")), countryFormat)) {
      for (CountryFinding f :
          edition.findings().stream()
              .sorted(Comparator.comparing(CountryFinding::countryCode))
              .toList()) {
        csv.printRecord(f.countryCode(), f.region(), f.advancement());
      }
    }
  }

  /** The shipped edition, from the class path. */
  public static EditionData shipped() {
    try {
      Properties meta = new Properties();
      try (Reader in = reader("edition.properties")) {
        meta.load(in);
      }
      List<Listing> listings = new ArrayList<>();
      for (CSVRecord r : records("listings.csv", LISTING_COLUMNS)) {
        listings.add(
            new Listing(
                r.get("good_key"),
                r.get("good_name"),
                Sector.valueOf(r.get("sector")),
                r.get("country"),
                Region.valueOf(r.get("region")),
                Boolean.parseBoolean(r.get("child_labour")),
                Boolean.parseBoolean(r.get("forced_labour")),
                Boolean.parseBoolean(r.get("forced_child_labour")),
                Boolean.parseBoolean(r.get("derived_exploitation"))));
      }
      List<CountryFinding> findings = new ArrayList<>();
      for (CSVRecord r : records("countries.csv", COUNTRY_COLUMNS)) {
        findings.add(
            new CountryFinding(
                r.get("country"),
                Region.valueOf(r.get("region")),
                Advancement.valueOf(r.get("advancement"))));
      }
      return new EditionData(
          Integer.parseInt(meta.getProperty("list_year")),
          Integer.parseInt(meta.getProperty("findings_year")),
          meta.getProperty("source"),
          listings,
          findings);
    } catch (IOException e) {
      throw new UncheckedIOException("The shipped ILAB extract cannot be read", e);
    }
  }

  private static List<CSVRecord> records(String name, String[] columns) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(columns).setSkipHeaderRecord(true).get();
    try (Reader in = reader(name)) {
      return format.parse(in).getRecords();
    }
  }

  private static Reader reader(String name) throws IOException {
    InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE + name);
    if (in == null) {
      throw new IOException("Missing resource " + RESOURCE + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
