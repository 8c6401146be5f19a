package org.complychain.review;

import java.time.ZoneId;
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

  /**
   * A comment and its replies; {@code earlier} when it was made on a previous version, {@code role}
   * the side that wrote it (auditor or company) in the reader's language.
   */
  public record CommentView(
      String id,
      String role,
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

  /** Times are shown in the reader's zone; roles in the reader's language. */
  record Reader(Locale locale, ZoneId zone, ReviewMessages messages) {}

  static Map<String, List<CommentView>> of(PlanVersion version, Reader reader) {
    List<ReviewComment> all = ReviewComment.upTo(version);
    Map<UUID, List<CommentView>> replies = new LinkedHashMap<>();
    for (ReviewComment c : all) {
      if (c.parent != null) {
        replies
            .computeIfAbsent(c.parent.id, k -> new ArrayList<>())
            .add(view(c, version, reader, List.of()));
      }
    }
    Map<String, List<CommentView>> byTarget = new LinkedHashMap<>();
    for (ReviewComment c : all) {
      if (c.parent == null) {
        byTarget
            .computeIfAbsent(c.target, k -> new ArrayList<>())
            .add(view(c, version, reader, replies.getOrDefault(c.id, List.of())));
      }
    }
    return byTarget;
  }

  private static CommentView view(
      ReviewComment c, PlanVersion version, Reader reader, List<CommentView> replies) {
    return new CommentView(
        c.id.toString(),
        ReviewComment.COMPANY.equals(c.authorRole)
            ? reader.messages().comment_role_company()
            : reader.messages().comment_role_auditor(),
        c.author,
        Dates.dateTime(c.at, reader.locale(), reader.zone()),
        c.body,
        c.planVersion.number,
        c.planVersion.number < version.number,
        c.resolvedAt != null,
        c.resolvedBy == null ? "" : c.resolvedBy,
        Dates.dateTime(c.resolvedAt, reader.locale(), reader.zone()),
        replies);
  }
}
