package org.complychain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.complychain.guidance.GuidanceModule;

/**
 * How far a plan has come: the profile, each element, and the whole. The one measure of progress
 * that the task list, the dashboard and the PDF all show: a question counts once its answer is
 * {@link Answer#complete() complete}, and an element is completed when all of its questions are.
 */
public record PlanProgress(TaskStatus profile, List<ElementProgress> elements, int percent) {

  /**
   * One element on the task list.
   *
   * @param complete questions in place or not applicable with a reason
   * @param answered questions with a status and a text or reason (what submission needs)
   */
  public record ElementProgress(
      GuidanceModule element, int complete, int answered, int total, TaskStatus status) {

    /** Every question has an answer, even if some are still gaps: enough to submit for review. */
    public boolean fullyAnswered() {
      return answered == total;
    }
  }

  public static PlanProgress of(
      boolean profileComplete, List<GuidanceModule> elements, List<Answer> answers) {
    Map<String, Answer> byQuestion =
        answers.stream().collect(Collectors.toMap(a -> a.questionId, a -> a));
    List<ElementProgress> rows = new ArrayList<>();
    int completeAll = 0;
    int totalAll = 0;
    for (GuidanceModule element : elements) {
      int complete = 0;
      int answered = 0;
      boolean touched = false;
      for (var q : element.questions()) {
        Answer a = byQuestion.get(q.id());
        if (a == null) {
          continue;
        }
        complete += a.complete() ? 1 : 0;
        answered += a.answered() ? 1 : 0;
        touched |= a.touched();
      }
      int total = element.questions().size();
      TaskStatus status =
          complete == total
              ? TaskStatus.COMPLETED
              : touched ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
      rows.add(new ElementProgress(element, complete, answered, total, status));
      completeAll += complete;
      totalAll += total;
    }
    int done = completeAll + (profileComplete ? 1 : 0);
    int percent = Math.round(100f * done / (totalAll + 1));
    return new PlanProgress(
        profileComplete ? TaskStatus.COMPLETED : TaskStatus.NOT_STARTED,
        List.copyOf(rows),
        percent);
  }

  /** The first element not yet completed, or null when every element is. */
  public GuidanceModule firstUnfinished() {
    return elements.stream()
        .filter(e -> e.status() != TaskStatus.COMPLETED)
        .map(ElementProgress::element)
        .findFirst()
        .orElse(null);
  }

  public int completedCount() {
    return (int) elements.stream().filter(e -> e.status() == TaskStatus.COMPLETED).count()
        + (profile == TaskStatus.COMPLETED ? 1 : 0);
  }
}
