package org.complychain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.complychain.guidance.GuidanceModule;

/** How far a plan has come: the profile, each element, and the whole. */
public record PlanProgress(TaskStatus profile, List<ElementProgress> elements, int percent) {

  /** One element on the task list. */
  public record ElementProgress(
      GuidanceModule element, int answered, int total, TaskStatus status) {}

  public static PlanProgress of(
      boolean profileComplete, List<GuidanceModule> elements, List<Answer> answers) {
    Map<String, Answer> byQuestion =
        answers.stream().collect(Collectors.toMap(a -> a.questionId, a -> a));
    List<ElementProgress> rows = new ArrayList<>();
    int answeredAll = 0;
    int totalAll = 0;
    for (GuidanceModule element : elements) {
      int answered = 0;
      boolean touched = false;
      for (var q : element.questions()) {
        Answer a = byQuestion.get(q.id());
        if (a != null && a.answered()) {
          answered++;
        }
        touched |= a != null && a.touched();
      }
      int total = element.questions().size();
      TaskStatus status =
          answered == total
              ? TaskStatus.COMPLETED
              : touched ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
      rows.add(new ElementProgress(element, answered, total, status));
      answeredAll += answered;
      totalAll += total;
    }
    int done = answeredAll + (profileComplete ? 1 : 0);
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
