package org.complychain.laws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;

/** How far a plan's answers cover each criterion of a law. */
public final class Coverage {

  public enum Level {
    COVERED,
    PARTLY,
    GAP
  }

  /** A key question named by a criterion, with its answer (null when never answered). */
  public record Mapped(String questionId, String question, PlanAnswers.Item answer, String href) {
    public boolean inPlace() {
      return answer != null && answer.inPlace();
    }

    public boolean written() {
      return answer != null && answer.written();
    }
  }

  public record Row(Law.Criterion criterion, Level level, List<Mapped> questions) {
    public List<Mapped> covering() {
      return questions.stream().filter(Mapped::written).toList();
    }

    public List<Mapped> gaps() {
      return questions.stream().filter(q -> !q.inPlace()).toList();
    }
  }

  private Coverage() {}

  /** The question texts of the guidance in one language, by id. */
  public static Map<String, String> questionTexts(Catalogue catalogue, String lang) {
    Map<String, String> texts = new HashMap<>();
    for (GuidanceModule m : catalogue.modules(lang)) {
      m.questions().forEach(q -> texts.put(q.id(), q.text()));
    }
    return texts;
  }

  public static List<Row> rows(
      Law law, PlanAnswers answers, Map<String, String> questions, ScreeningSummary screening) {
    List<Row> rows = new ArrayList<>();
    for (Law.Criterion c : law.criteria()) {
      List<Mapped> mapped = new ArrayList<>();
      for (String q : LawLoader.questions(c)) {
        String element = q.substring(0, q.indexOf('.'));
        String href = "/plans/" + answers.plan().id + "/elements/" + element + "#" + q;
        mapped.add(new Mapped(q, questions.get(q), answers.byQuestion().get(q), href));
      }
      boolean profileComplete = answers.plan().organisation.profileComplete();
      rows.add(new Row(c, level(c, mapped, profileComplete, screening.screened()), mapped));
    }
    return rows;
  }

  /** A criterion that cites the risk screening is covered only once suppliers are screened. */
  private static Level level(
      Law.Criterion c, List<Mapped> mapped, boolean profileComplete, boolean screened) {
    boolean screeningMissing = c.riskScreening() && !screened;
    if (mapped.isEmpty()) {
      if (c.riskScreening()) {
        return screened ? Level.COVERED : Level.GAP;
      }
      return c.profile() && profileComplete ? Level.COVERED : Level.GAP;
    }
    long inPlace = mapped.stream().filter(Mapped::inPlace).count();
    long written = mapped.stream().filter(Mapped::written).count();
    if (inPlace == mapped.size() && !screeningMissing) {
      return Level.COVERED;
    }
    return written > 0 || (c.riskScreening() && screened) ? Level.PARTLY : Level.GAP;
  }
}
