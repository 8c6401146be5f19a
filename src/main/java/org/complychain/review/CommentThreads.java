package org.complychain.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.complychain.web.Dates;

/**
 * The comments a version's readers see: every comment made on this version or an earlier one of the
 * same plan, by target, each with the version it was made on and its replies in order.
 */
final class CommentThreads {

  /** A comment and its replies; {@code earlier} when it was made on a previous version. */
  public record CommentView(
      String id,
      String author,
      String when,
      String body,
      int version,
      boolean earlier,
      boolean resolved,
      String resolvedBy,
      String resolvedWhen,
      List<CommentView> replies) {}

  private CommentThreads() {}

  static Map<String, List<CommentView>> of(PlanVersion version, Locale locale) {
    List<ReviewComment> all = ReviewComment.upTo(version);
    Map<UUID, List<CommentView>> replies = new LinkedHashMap<>();
    for (ReviewComment c : all) {
      if (c.parent != null) {
        replies
            .computeIfAbsent(c.parent.id, k -> new ArrayList<>())
            .add(view(c, version, locale, List.of()));
      }
    }
    Map<String, List<CommentView>> byTarget = new LinkedHashMap<>();
    for (ReviewComment c : all) {
      if (c.parent == null) {
        byTarget
            .computeIfAbsent(c.target, k -> new ArrayList<>())
            .add(view(c, version, locale, replies.getOrDefault(c.id, List.of())));
      }
    }
    return byTarget;
  }

  private static CommentView view(
      ReviewComment c, PlanVersion version, Locale locale, List<CommentView> replies) {
    return new CommentView(
        c.id.toString(),
        c.author,
        Dates.dateTime(c.at, locale),
        c.body,
        c.planVersion.number,
        c.planVersion.number < version.number,
        c.resolvedAt != null,
        c.resolvedBy == null ? "" : c.resolvedBy,
        Dates.dateTime(c.resolvedAt, locale),
        replies);
  }
}
