package org.complychain.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The screening part of a submitted version's snapshot: every supplier of the organisation with its
 * level, the screening's own level, the override and its reason, and the reasons (listings as
 * facts, factors as codes, so a reader sees them in any language), the counts by level and the
 * edition. Plain maps and lists, sorted, so the same register always gives the same snapshot hash;
 * {@link #read} turns it back into {@link ScreenedSuppliers}. A draft document reads the live
 * register through the same two steps, so draft and frozen look alike.
 */
@ApplicationScoped
public class ScreeningSnapshot {

  @Inject Editions editions;

  /**
   * The organisation's screening as it stands, each supplier against the edition it was seen with.
   */
  public Map<String, Object> capture(UUID organisationId) {
    Optional<ReferenceData> active = editions.active();
    Map<String, Object> snapshot = new TreeMap<>();
    snapshot.put("edition", active.map(ScreeningSnapshot::edition).orElse(null));
    Map<UUID, String> reasons = overrideReasons(organisationId);
    LocalDate today = LocalDate.now();
    List<Map<String, Object>> suppliers = new ArrayList<>();
    Map<String, Object> counts = new TreeMap<>();
    for (RiskLevel level : RiskLevel.values()) {
      counts.put(level.name(), 0L);
    }
    for (Supplier s : Supplier.<Supplier>list("organisation.id = ?1", organisationId)) {
      ReferenceData data =
          s.screenedEdition == null ? active.orElseThrow() : editions.facts(s.screenedEdition);
      Screening.Result r = Screening.of(s, data, today);
      RiskLevel level = s.overrideLevel != null ? s.overrideLevel : r.level();
      Map<String, Object> entry = new TreeMap<>();
      entry.put("id", s.id.toString());
      entry.put("name", s.name);
      entry.put("country", s.countryCode);
      entry.put("region", s.region);
      entry.put("tier", (int) s.tier);
      entry.put("goods", List.copyOf(s.goodKeys));
      entry.put("goodsText", s.goodsText);
      entry.put("level", level.name());
      entry.put("screenedLevel", r.level().name());
      entry.put("score", r.score());
      entry.put("override", s.overrideLevel == null ? null : s.overrideLevel.name());
      entry.put("overrideReason", s.overrideLevel == null ? null : reasons.get(s.id));
      entry.put("listYear", data.listYear());
      entry.put("reasons", r.reasons().stream().map(ScreeningSnapshot::reason).toList());
      suppliers.add(entry);
      counts.merge(level.name(), 1L, (a, b) -> (Long) a + (Long) b);
    }
    suppliers.sort(ORDER);
    snapshot.put("counts", counts);
    snapshot.put("suppliers", suppliers);
    return snapshot;
  }

  /** Highest level first, then highest score, then by name and country; the id settles ties. */
  private static final Comparator<Map<String, Object>> ORDER =
      Comparator.comparing(
              (Map<String, Object> e) -> RiskLevel.valueOf((String) e.get("level")),
              Comparator.reverseOrder())
          .thenComparing(e -> (Integer) e.get("score"), Comparator.reverseOrder())
          .thenComparing(e -> String.valueOf(e.get("name")))
          .thenComparing(e -> String.valueOf(e.get("country")))
          .thenComparing(e -> String.valueOf(e.get("id")));

  /** The reason each current override was given: the newest history entry of the supplier. */
  private static Map<UUID, String> overrideReasons(UUID organisationId) {
    Map<UUID, String> reasons = new HashMap<>();
    RiskOverride.getEntityManager()
        .createQuery(
            "select o.supplier.id, o.reason from RiskOverride o"
                + " where o.supplier.organisation.id = ?1 order by o.createdAt desc, o.id",
            Object[].class)
        .setParameter(1, organisationId)
        .getResultList()
        .forEach(row -> reasons.putIfAbsent((UUID) row[0], (String) row[1]));
    return reasons;
  }

  private static Map<String, Object> edition(ReferenceData data) {
    Map<String, Object> edition = new TreeMap<>();
    edition.put("listYear", data.listYear());
    edition.put("findingsYear", data.findingsYear());
    edition.put("source", data.source());
    return edition;
  }

  private static Map<String, Object> reason(Screening.Reason r) {
    Map<String, Object> reason = new TreeMap<>();
    reason.put("kind", r.kind().name());
    Listing l = r.listing();
    if (l != null) {
      Map<String, Object> listing = new TreeMap<>();
      listing.put("good", l.goodKey());
      listing.put("goodName", l.goodName());
      listing.put("sector", l.sector().name());
      listing.put("country", l.countryCode());
      listing.put("region", l.region().name());
      listing.put("childLabour", l.childLabour());
      listing.put("forcedLabour", l.forcedLabour());
      listing.put("forcedChildLabour", l.forcedChildLabour());
      listing.put("derived", l.derived());
      reason.put("listing", listing);
    }
    return reason;
  }

  /** The screening a snapshot holds, or null for a snapshot made before screening existed. */
  public static ScreenedSuppliers read(Map<String, Object> snapshot) {
    if (snapshot == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> e = (Map<String, Object>) snapshot.get("edition");
    ScreenedSuppliers.Edition edition =
        e == null
            ? null
            : new ScreenedSuppliers.Edition(
                number(e.get("listYear")), number(e.get("findingsYear")), (String) e.get("source"));
    Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> stored = (Map<String, Object>) snapshot.getOrDefault("counts", Map.of());
    for (RiskLevel level : RiskLevel.values()) {
      counts.put(level, (long) number(stored.getOrDefault(level.name(), 0)));
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>) snapshot.getOrDefault("suppliers", List.of());
    return new ScreenedSuppliers(
        edition, counts, rows.stream().map(ScreeningSnapshot::supplier).toList());
  }

  @SuppressWarnings("unchecked")
  private static ScreenedSuppliers.Supplier supplier(Map<String, Object> f) {
    List<Map<String, Object>> reasons =
        (List<Map<String, Object>>) f.getOrDefault("reasons", List.of());
    return new ScreenedSuppliers.Supplier(
        (String) f.get("name"),
        (String) f.get("country"),
        (String) f.get("region"),
        number(f.get("tier")),
        List.copyOf((List<String>) f.getOrDefault("goods", List.of())),
        (String) f.get("goodsText"),
        level(f.get("level")),
        level(f.get("screenedLevel")),
        number(f.get("score")),
        level(f.get("override")),
        (String) f.get("overrideReason"),
        number(f.get("listYear")),
        reasons.stream().map(ScreeningSnapshot::reason).toList());
  }

  @SuppressWarnings("unchecked")
  private static Screening.Reason reason(Map<String, Object> r) {
    Map<String, Object> l = (Map<String, Object>) r.get("listing");
    Listing listing =
        l == null
            ? null
            : new Listing(
                (String) l.get("good"),
                (String) l.get("goodName"),
                Sector.valueOf((String) l.get("sector")),
                (String) l.get("country"),
                Region.valueOf((String) l.get("region")),
                Boolean.TRUE.equals(l.get("childLabour")),
                Boolean.TRUE.equals(l.get("forcedLabour")),
                Boolean.TRUE.equals(l.get("forcedChildLabour")),
                Boolean.TRUE.equals(l.get("derived")));
    return new Screening.Reason(Screening.Reason.Kind.valueOf((String) r.get("kind")), listing);
  }

  private static RiskLevel level(Object code) {
    return code == null ? null : RiskLevel.valueOf(code.toString());
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
