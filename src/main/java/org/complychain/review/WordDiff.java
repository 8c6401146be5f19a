package org.complychain.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts, so that a reviewer sees which words of a long answer were
 * inserted or deleted instead of two whole paragraphs to compare by eye.
 */
public final class WordDiff {

  /** A run of text that is unchanged, inserted or deleted. */
  public record Segment(String text, boolean inserted, boolean deleted) {}

  /** Words and the spaces between them are separate tokens, so spacing survives the comparison. */
  private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

  private WordDiff() {}

  public static List<Segment> between(String before, String after) {
    List<String> old = tokens(before);
    List<String> now = tokens(after);
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, String.join("", old.subList(at, start)), false, false);
      add(segments, String.join("", delta.getSource().getLines()), false, true);
      add(segments, String.join("", delta.getTarget().getLines()), true, false);
      at = start + delta.getSource().size();
    }
    add(segments, String.join("", old.subList(at, old.size())), false, false);
    return segments;
  }

  private static List<String> tokens(String text) {
    return text.isEmpty() ? List.of() : List.of(TOKENS.split(text));
  }

  private static void add(List<Segment> segments, String text, boolean inserted, boolean deleted) {
    if (!text.isEmpty()) {
      segments.add(new Segment(text, inserted, deleted));
    }
  }
}
