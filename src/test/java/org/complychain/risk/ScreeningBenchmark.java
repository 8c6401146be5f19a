package org.complychain.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Screens 10,000 generated suppliers against the shipped edition in a warm JVM and prints the
 * median and worst of ten rounds. Not a test: run it with {@code src/bench/risk.sh}.
 */
public final class ScreeningBenchmark {

  private ScreeningBenchmark() {}

  public static void main(String[] args) {
    ReferenceData edition = new ReferenceData(UUID.randomUUID(), EditionExtract.shipped());
    List<Listing> goods = edition.goods();
    List<String> countries =
        edition.data().findings().stream().map(CountryFinding::countryCode).toList();
    Random random = new Random(11);
    List<Supplier> suppliers = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Supplier s = new Supplier();
      s.countryCode = countries.get(random.nextInt(countries.size()));
      for (int g = 0; g < 1 + random.nextInt(3); g++) {
        s.goodKeys.add(goods.get(random.nextInt(goods.size())).goodKey());
      }
      s.tier = (short) (1 + random.nextInt(4));
      s.migrantWorkers = random.nextBoolean();
      s.labourAgents = random.nextBoolean();
      s.spendShare = SpendShare.values()[random.nextInt(SpendShare.values().length)];
      suppliers.add(s);
    }
    LocalDate today = LocalDate.now();
    long[] times = new long[10];
    int critical = 0;
    for (int warm = 0; warm < 5; warm++) {
      suppliers.forEach(s -> Screening.of(s, edition, today));
    }
    for (int round = 0; round < times.length; round++) {
      long start = System.nanoTime();
      critical = 0;
      for (Supplier s : suppliers) {
        if (Screening.of(s, edition, today).level() == RiskLevel.CRITICAL) {
          critical++;
        }
      }
      times[round] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(times);
    System.out.printf(
        "screening 10,000 suppliers: median %.1f ms, worst %.1f ms (%d critical)%n",
        times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, critical);
  }
}
