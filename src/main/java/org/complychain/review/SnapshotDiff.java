package org.complychain.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed between two frozen versions: answers edited, actions added, removed or edited. */
public record SnapshotDiff(List<Change> changes) {

  public enum Kind {
    ANSWER_EDITED,
    ANSWER_ADDED,
    ANSWER_REMOVED,
    ACTION_ADDED,
    ACTION_REMOVED,
    ACTION_EDITED
  }

  /** One changed answer or action, with the fields that differ and its values before and after. */
  public record Change(
      Kind kind,
      String id,
      String questionId,
      List<String> fields,
      Map<String, Object> before,
      Map<String, Object> after) {}

  public boolean empty() {
    return changes.isEmpty();
  }

  static SnapshotDiff between(Snapshot before, Snapshot after) {
    List<Change> changes = new ArrayList<>();
    compare(before.answers(), after.answers(), changes, true);
    compare(before.actions(), after.actions(), changes, false);
    return new SnapshotDiff(List.copyOf(changes));
  }

  private static void compare(
      Map<String, Map<String, Object>> before,
      Map<String, Map<String, Object>> after,
      List<Change> changes,
      boolean answers) {
    TreeSet<String> ids = new TreeSet<>(before.keySet());
    ids.addAll(after.keySet());
    for (String id : ids) {
      Map<String, Object> old = before.get(id);
      Map<String, Object> now = after.get(id);
      String question = answers ? id : String.valueOf((now != null ? now : old).get("questionId"));
      if (old == null) {
        changes.add(
            new Change(
                answers ? Kind.ANSWER_ADDED : Kind.ACTION_ADDED,
                id,
                question,
                List.of(),
                Map.of(),
                now));
      } else if (now == null) {
        changes.add(
            new Change(
                answers ? Kind.ANSWER_REMOVED : Kind.ACTION_REMOVED,
                id,
                question,
                List.of(),
                old,
                Map.of()));
      } else {
        List<String> fields = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(old.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
          if (!Objects.equals(old.get(name), now.get(name))) {
            fields.add(name);
          }
        }
        if (!fields.isEmpty()) {
          changes.add(
              new Change(
                  answers ? Kind.ANSWER_EDITED : Kind.ACTION_EDITED,
                  id,
                  question,
                  fields,
                  old,
                  now));
        }
      }
    }
  }
}
