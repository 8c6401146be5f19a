package org.complychain.risk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.Test;

/**
 * Imports a generated 10,000-row supplier CSV through the real pages (upload and parse, preview,
 * confirm with screening and insert) on the embedded PostgreSQL, and prints the time of each step:
 * one warm-up round, then the median and worst of three. Not part of the suite (its name does not
 * end in Test); run it with {@code src/bench/risk.sh}.
 */
@QuarkusTest
@DatabaseTest
class SupplierImportBenchmark {

  private static final int ROWS = 10_000;
  private static final int ROUNDS = 3;

  @Test
  void importTenThousandRows() {
    byte[] file = generated();
    Session kestrel = SignIn.session("company2");
    round(kestrel, file);
    long[][] times = new long[4][ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      long[] t = round(kestrel, file);
      for (int step = 0; step < 4; step++) {
        times[step][r] = t[step];
      }
    }
    String[] names = {"upload + parse", "preview", "confirm (screen + insert)", "total"};
    System.out.printf(
        "importing a %,d-row CSV (%.1f MB) on a warm JVM, %d rounds:%n",
        ROWS, file.length / 1e6, ROUNDS);
    for (int step = 0; step < 4; step++) {
      Arrays.sort(times[step]);
      System.out.printf(
          "  %-26s median %6.0f ms, worst %6.0f ms%n",
          names[step], times[step][ROUNDS / 2] / 1e6, times[step][ROUNDS - 1] / 1e6);
    }
  }

  /**
   * Upload, preview, confirm (the CSRF token fetched beforehand, as the pages already carry it);
   * then the suppliers are removed for the next round.
   */
  private static long[] round(Session s, byte[] file) {
    String token = s.csrfToken();
    long start = System.nanoTime();
    Response upload =
        s.req()
            .multiPart("csrf-token", token)
            .multiPart("file", "csvb-bench.csv", file, "text/csv")
            .post(SupplierCsvTest.UPLOAD);
    String preview = SupplierCsvTest.previewPath(upload);
    long uploaded = System.nanoTime();
    s.req().get(preview).then().statusCode(200);
    long previewed = System.nanoTime();
    s.req().formParam("csrf-token", token).post(preview).then().statusCode(303);
    long confirmed = System.nanoTime();
    QuarkusTransaction.requiringNew().run(() -> Supplier.delete("name like ?1", "CSVB %"));
    return new long[] {
      uploaded - start, previewed - uploaded, confirmed - previewed, confirmed - start
    };
  }

  /** Rows like a real register: goods on the list, countries with findings, every column used. */
  private static byte[] generated() {
    ReferenceData edition = new ReferenceData(null, EditionExtract.shipped());
    List<String> goods = edition.goods().stream().map(Listing::goodName).toList();
    List<String> countries =
        edition.data().findings().stream()
            .map(CountryFinding::countryCode)
            .filter(org.complychain.organisation.Countries::known)
            .toList();
    Random random = new Random(11);
    StringBuilder csv =
        new StringBuilder(
            "name;country;region;tier;goods;other_goods;spend_share;workforce;migrant_workers;"
                + "labour_agents;last_audit;audit_scheme\r\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append("CSVB supplier ").append(i).append(';');
      csv.append(countries.get(random.nextInt(countries.size()))).append(";Region ");
      csv.append(i % 97).append(';').append(1 + random.nextInt(4)).append(';');
      csv.append(goods.get(random.nextInt(goods.size())));
      if (random.nextBoolean()) {
        csv.append(" | ").append(goods.get(random.nextInt(goods.size())));
      }
      csv.append(";;").append(SpendShare.values()[random.nextInt(4)].name()).append(';');
      csv.append(Workforce.values()[random.nextInt(4)].name()).append(';');
      csv.append(random.nextBoolean() ? "yes" : "no").append(';');
      csv.append(random.nextBoolean() ? "yes" : "no").append(';');
      csv.append(random.nextBoolean() ? "2024-06-30" : "").append(";SMETA\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
