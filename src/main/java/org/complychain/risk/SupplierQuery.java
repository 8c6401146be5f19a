package org.complychain.risk;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.organisation.Countries;
import org.complychain.organisation.Text;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The list's filters, sort and page as the query string carries them. Unknown values are ignored
 * rather than refused: a list is always shown.
 */
public class SupplierQuery {

  public static final int PAGE_SIZE = 50;

  @RestQuery public String country;
  @RestQuery public String tier;
  @RestQuery public String level;
  @RestQuery public String good;
  @RestQuery public String sort;
  @RestQuery public String page;

  public int pageIndex() {
    try {
      return Math.max(0, Integer.parseInt(Text.line(page)) - 1);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public String sortKey() {
    String s = Text.line(sort);
    return List.of("name", "country", "tier", "risk").contains(s) ? s : "risk";
  }

  Sort order() {
    return switch (sortKey()) {
      case "name" -> Sort.by("name").and("id");
      case "country" -> Sort.by("countryCode").and("name").and("id");
      case "tier" -> Sort.by("tier").and("name").and("id");
      default -> Sort.by("riskScore", Sort.Direction.Descending).and("name").and("id");
    };
  }

  /** The where clause and its parameters for the organisation and the filters given. */
  Map.Entry<String, Map<String, Object>> where(UUID organisationId, String lang) {
    StringBuilder q = new StringBuilder("organisation.id = :org");
    Map<String, Object> params = new HashMap<>();
    params.put("org", organisationId);
    String c = Text.line(country);
    if (Countries.known(c)) {
      q.append(" and countryCode = :country");
      params.put("country", c);
    }
    int t = tierValue();
    if (t > 0) {
      q.append(" and tier = :tier");
      params.put("tier", (short) t);
    }
    RiskLevel l = levelValue();
    if (l != null) {
      q.append(" and riskLevel = :level");
      params.put("level", l);
    }
    String g = Text.line(good);
    if (!g.isEmpty()) {
      List<String> keys = GoodNames.search(g, lang);
      q.append(
          " and (lower(goodsText) like :text or id in (select s.id from Supplier s join"
              + " s.goodKeys k where k in :keys))");
      params.put("text", "%" + g.toLowerCase() + "%");
      params.put("keys", keys.isEmpty() ? List.of("-") : keys);
    }
    return Map.entry(q.toString(), params);
  }

  Page pageOf() {
    return Page.of(pageIndex(), PAGE_SIZE);
  }

  public int tierValue() {
    try {
      int t = Integer.parseInt(Text.line(tier));
      return t >= 1 && t <= 4 ? t : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public RiskLevel levelValue() {
    try {
      return RiskLevel.valueOf(Text.line(level));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The query string for another page or sort, keeping the filters. */
  public String link(String newSort, int newPage) {
    StringBuilder s = new StringBuilder("?sort=").append(newSort).append("&page=").append(newPage);
    append(s, "country", Text.line(country));
    append(s, "tier", tierValue() > 0 ? Integer.toString(tierValue()) : "");
    append(s, "level", levelValue() == null ? "" : levelValue().name());
    append(s, "good", Text.line(good));
    return s.toString();
  }

  private static void append(StringBuilder s, String name, String value) {
    if (!value.isEmpty()) {
      s.append('&')
          .append(name)
          .append('=')
          .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
