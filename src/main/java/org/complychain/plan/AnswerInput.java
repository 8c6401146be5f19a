package org.complychain.plan;

/** One question's fields as typed on the element page (or as saved, when the page opens). */
public record AnswerInput(
    String questionId,
    String status,
    String text,
    String reason,
    String owner,
    String target,
    int version) {

  static AnswerInput of(Answer a) {
    return new AnswerInput(
        a.questionId,
        a.status.name(),
        nullToEmpty(a.text),
        nullToEmpty(a.naReason),
        nullToEmpty(a.owner),
        a.targetDate == null ? "" : a.targetDate.toString(),
        a.version);
  }

  static AnswerInput read(FormValues form, String questionId) {
    return new AnswerInput(
        questionId,
        form.text("status." + questionId),
        form.text("text." + questionId),
        form.text("reason." + questionId),
        form.text("owner." + questionId),
        form.text("target." + questionId),
        form.version("version." + questionId));
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
