package org.complychain.plan;

/**
 * One question's fields as typed on the element page (or as saved, when the page opens). {@code
 * loaded} fingerprints the values the page was loaded with, so a save touches only the answers the
 * person actually edited and never writes back stale copies of the others.
 */
public record AnswerInput(
    String questionId,
    String status,
    String text,
    String reason,
    String owner,
    String target,
    int version,
    String loaded) {

  static AnswerInput of(Answer a) {
    AnswerInput values =
        new AnswerInput(
            a.questionId,
            a.status.name(),
            nullToEmpty(a.text),
            nullToEmpty(a.naReason),
            nullToEmpty(a.owner),
            a.targetDate == null ? "" : a.targetDate.toString(),
            a.version,
            "");
    return values.loadedAs(values.fingerprint(), a.version);
  }

  static AnswerInput read(FormValues form, String questionId) {
    return new AnswerInput(
        questionId,
        form.text("status." + questionId),
        form.text("text." + questionId),
        form.text("reason." + questionId),
        form.text("owner." + questionId),
        form.text("target." + questionId),
        form.version("version." + questionId),
        form.text("loaded." + questionId));
  }

  /** The same typed values, based on another loaded state (after a conflict was shown). */
  AnswerInput loadedAs(String fingerprint, int basedOnVersion) {
    return new AnswerInput(
        questionId, status, text, reason, owner, target, basedOnVersion, fingerprint);
  }

  /** Whether the person changed anything since the page was loaded. */
  boolean edited() {
    return !fingerprint().equals(loaded);
  }

  String fingerprint() {
    String joined = String.join("\u0000", status, text, reason, owner, target);
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(joined.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether this input differs from what is saved, field by field. */
  boolean differsFrom(Answer saved) {
    AnswerInput current = of(saved);
    return !(status.equals(current.status)
        && text.equals(current.text)
        && reason.equals(current.reason)
        && owner.equals(current.owner)
        && target.equals(current.target));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
