package org.complychain.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A stored edition's facts, indexed for screening: by good and country, and by country. */
public final class ReferenceData {

  private final UUID editionId;
  private final EditionData data;
  private final Map<String, Listing> byPair;
  private final Map<String, List<Listing>> byCountry;
  private final Map<String, CountryFinding> findings;
  private final List<Listing> goods;

  ReferenceData(UUID editionId, EditionData data) {
    this.editionId = editionId;
    this.data = data;
    this.byPair =
        data.listings().stream().collect(Collectors.toMap(Listing::pair, Function.identity()));
    this.byCountry = data.listings().stream().collect(Collectors.groupingBy(Listing::countryCode));
    this.findings =
        data.findings().stream()
            .collect(Collectors.toMap(CountryFinding::countryCode, Function.identity()));
    this.goods =
        data.listings().stream()
            .collect(Collectors.toMap(Listing::goodKey, Function.identity(), (a, b) -> a))
            .values()
            .stream()
            .sorted(Comparator.comparing(Listing::goodKey))
            .toList();
  }

  public UUID editionId() {
    return editionId;
  }

  public EditionData data() {
    return data;
  }

  public int listYear() {
    return data.listYear();
  }

  public int findingsYear() {
    return data.findingsYear();
  }

  public String source() {
    return data.source();
  }

  public Optional<Listing> listing(String goodKey, String countryCode) {
    return Optional.ofNullable(byPair.get(goodKey + "|" + countryCode));
  }

  public List<Listing> listingsIn(String countryCode) {
    return byCountry.getOrDefault(countryCode, List.of());
  }

  public Optional<CountryFinding> finding(String countryCode) {
    return Optional.ofNullable(findings.get(countryCode));
  }

  /** One listing per good (its key, English name and sector), sorted by key. */
  public List<Listing> goods() {
    return goods;
  }

  public boolean knownGood(String goodKey) {
    return goods.stream().anyMatch(g -> g.goodKey().equals(goodKey));
  }
}
