package org.complychain.carryover;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.plan.Answer;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;

/**
 * The dashboard's year-over-year chart, drawn on the server as SVG: for each plan period (the six
 * latest), the share of answers complete and of corrective actions closed, each bar labelled with
 * its value so nothing depends on colour or on a script.
 */
@ApplicationScoped
public class YearChart {

  static final int MAX_PERIODS = 6;
  static final int TOP = 30;
  static final int BASE = 170;
  static final int GROUP = 110;
  static final int LEFT = 50;
  static final int BAR = 36;
  static final int MIN_WIDTH = 420;

  /** A bar with its value printed above it and its full wording as the bar's title. */
  public record Bar(int x, int y, int height, int labelX, int labelY, String label, String title) {}

  /** One plan period: its label under the axis and its two bars. */
  public record Group(String period, int labelX, Bar answers, Bar actions) {}

  /** The drawing: its width, the groups, the axis, where period labels and the legend sit. */
  public record Chart(
      int width, List<Group> groups, int base, int periodY, int legendY, int legendBoxY) {}

  /** The chart of the organisation's plans, oldest period first; null without plans. */
  public Chart of(Organisation organisation, String lang) {
    CarryMessages m = MessageBundles.get(CarryMessages.class, Localized.Literal.of(lang));
    List<Plan> all = new ArrayList<>(Plan.listFor(organisation));
    if (all.isEmpty()) {
      return null;
    }
    all.sort(Comparator.comparing((Plan p) -> p.periodStart).thenComparing(p -> p.title));
    List<Plan> shown = all.subList(Math.max(0, all.size() - MAX_PERIODS), all.size());
    List<UUID> ids = shown.stream().map(p -> p.id).toList();
    Map<UUID, int[]> answers = new HashMap<>();
    for (Answer a : Answer.listFor(ids)) {
      int[] counts = answers.computeIfAbsent(a.plan.id, k -> new int[2]);
      counts[0] += a.complete() ? 1 : 0;
      counts[1]++;
    }
    Map<UUID, int[]> actions = new HashMap<>();
    for (CorrectiveAction a : CorrectiveAction.<CorrectiveAction>list("plan.id in ?1", ids)) {
      int[] counts = actions.computeIfAbsent(a.plan.id, k -> new int[2]);
      counts[0] += a.status.closed() ? 1 : 0;
      counts[1]++;
    }
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Plan p = shown.get(i);
      String period = period(p);
      int x = LEFT + i * GROUP;
      int[] a = answers.getOrDefault(p.id, new int[2]);
      int[] c = actions.get(p.id);
      int answered = percent(a[0], a[1]);
      Bar answersBar =
          bar(x, answered, answered + "%", m.chart_bar(period, m.chart_answers(), answered));
      Bar actionsBar =
          c == null
              ? bar(
                  x + BAR + 4,
                  0,
                  "–",
                  period + ", " + m.chart_actions() + ": " + m.chart_no_actions())
              : bar(
                  x + BAR + 4,
                  percent(c[0], c[1]),
                  percent(c[0], c[1]) + "%",
                  m.chart_bar(period, m.chart_actions(), percent(c[0], c[1])));
      groups.add(new Group(period, x + BAR + 2, answersBar, actionsBar));
    }
    int width = Math.max(MIN_WIDTH, LEFT + shown.size() * GROUP + 10);
    return new Chart(width, groups, BASE, BASE + 18, BASE + 45, BASE + 35);
  }

  private static Bar bar(int x, int percent, String label, String title) {
    int height = (BASE - TOP) * percent / 100;
    return new Bar(x, BASE - height, height, x + BAR / 2, BASE - height - 5, label, title);
  }

  static int percent(int part, int whole) {
    return whole == 0 ? 0 : Math.round(100f * part / whole);
  }

  /** The period as years: "2027", or "2027–2028" when it spans two. */
  static String period(Plan p) {
    int from = p.periodStart.getYear();
    int to = p.periodEnd.getYear();
    return from == to ? Integer.toString(from) : from + "–" + to;
  }
}
