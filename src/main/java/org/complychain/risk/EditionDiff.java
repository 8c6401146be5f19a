package org.complychain.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What an uploaded edition adds, removes and changes against the active one, pair by pair. */
public record EditionDiff(List<Listing> added, List<Listing> removed, List<Change> changed) {

  /** A pair in both editions with different flags or sector. */
  public record Change(Listing before, Listing after) {}

  public static EditionDiff between(EditionData current, EditionData next) {
    Map<String, Listing> before =
        current.listings().stream().collect(Collectors.toMap(Listing::pair, Function.identity()));
    Map<String, Listing> after =
        next.listings().stream().collect(Collectors.toMap(Listing::pair, Function.identity()));
    List<Listing> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Listing l : next.listings()) {
      Listing old = before.get(l.pair());
      if (old == null) {
        added.add(l);
      } else if (!old.sameFlags(l)) {
        changed.add(new Change(old, l));
      }
    }
    List<Listing> removed =
        current.listings().stream().filter(l -> !after.containsKey(l.pair())).toList();
    return new EditionDiff(List.copyOf(added), removed, List.copyOf(changed));
  }

  public boolean none() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
