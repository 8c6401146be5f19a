package org.complychain.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names nearest to a misspelt one, for "did you mean" hints: edit distance over the folded
 * names (accents and case ignored), only those close enough to be a plausible slip.
 */
final class NearestNames {

  static final int SUGGESTIONS = 3;

  private NearestNames() {}

  /**
   * The codes of the nearest names, best first, at most {@link #SUGGESTIONS}; {@code byFoldedName}
   * maps each folded name to its code.
   */
  static List<String> codes(String typed, Map<String, String> byFoldedName) {
    String q = GoodKeys.fold(typed.strip());
    if (q.isEmpty()) {
      return List.of();
    }
    int allowed = Math.max(2, q.length() / 3);
    List<Map.Entry<String, Integer>> scored = new ArrayList<>();
    for (Map.Entry<String, String> e : byFoldedName.entrySet()) {
      int d = q.length() >= 4 && e.getKey().contains(q) ? 1 : distance(q, e.getKey());
      if (d <= allowed) {
        scored.add(Map.entry(e.getValue(), d));
      }
    }
    scored.sort(Comparator.comparing(Map.Entry<String, Integer>::getValue));
    Set<String> codes = new LinkedHashSet<>();
    for (Map.Entry<String, Integer> s : scored) {
      codes.add(s.getKey());
      if (codes.size() == SUGGESTIONS) {
        break;
      }
    }
    return List.copyOf(codes);
  }

  /** Levenshtein distance, two rows at a time. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
