package org.complychain.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A screening as a document or a version page shows it: the edition, the counts by level and the
 * suppliers, highest risk first (see {@link ScreeningSnapshot}). The text methods give goods, kinds
 * of exploitation and reasons in a language.
 *
 * @param edition the edition in force when it was taken, or null if none was loaded yet
 */
public record ScreenedSuppliers(
    Edition edition, Map<RiskLevel, Long> counts, List<Supplier> suppliers) {

  public record Edition(int listYear, int findingsYear, String source) {}

  /**
   * One supplier as screened.
   *
   * @param name null for unnamed sourcing
   * @param level the level in force: the override when there is one, else {@code screenedLevel}
   * @param listYear the year of the List of Goods this supplier was screened with
   */
  public record Supplier(
      String name,
      String country,
      String region,
      int tier,
      List<String> goods,
      String goodsText,
      RiskLevel level,
      RiskLevel screenedLevel,
      int score,
      RiskLevel override,
      String overrideReason,
      int listYear,
      List<Screening.Reason> reasons) {

    public String name(String lang) {
      return name == null ? RiskText.messages(lang).unnamed_sourcing() : name;
    }

    public String country(String lang) {
      return RiskText.country(country, lang);
    }

    /** The goods chosen from the list, named in the language, then the free text. */
    public String goods(String lang) {
      List<String> names = goods.stream().map(k -> GoodNames.name(k, k, lang)).sorted().toList();
      String text = goodsText == null ? "" : goodsText;
      return names.isEmpty()
          ? text
          : String.join(", ", names) + (text.isEmpty() ? "" : "; " + text);
    }

    /** Every kind of exploitation its listings name, or empty when none of its goods is listed. */
    public String kinds(String lang) {
      Set<String> kinds = new LinkedHashSet<>();
      for (Screening.Reason r : reasons) {
        if (r.listing() != null) {
          kinds.add(RiskText.flags(r.listing(), lang));
        }
      }
      return String.join("; ", kinds);
    }

    public List<String> reasons(String lang) {
      return reasons.stream().map(r -> RiskText.reason(r, lang)).toList();
    }
  }

  /** No supplier screened: nothing to chart or list. */
  public boolean empty() {
    return suppliers.isEmpty();
  }

  public int total() {
    return suppliers.size();
  }

  public long count(RiskLevel level) {
    return counts.getOrDefault(level, 0L);
  }

  /** The riskiest suppliers above low, at most {@code limit}. */
  public List<Supplier> top(int limit) {
    List<Supplier> top = new ArrayList<>();
    for (Supplier s : suppliers) {
      if (top.size() == limit || s.level() == RiskLevel.LOW) {
        break;
      }
      top.add(s);
    }
    return top;
  }

  /** The suppliers from {@code offset}, at most {@code size} of them, for a paged list. */
  public List<Supplier> page(int offset, int size) {
    int from = Math.min(offset, suppliers.size());
    return suppliers.subList(from, Math.min(from + size, suppliers.size()));
  }
}
