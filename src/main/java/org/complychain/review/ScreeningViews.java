package org.complychain.review;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.complychain.risk.RiskLevel;
import org.complychain.risk.RiskText;
import org.complychain.risk.ScreenedSuppliers;
import org.complychain.risk.ScreeningSnapshot;
import org.complychain.web.Paging;
import org.complychain.web.RequestLocale;

/**
 * The supplier screening frozen with a version, as its pages show it ({@code inject:screenings}):
 * what the company's register showed at submission, never the register as it is now.
 */
@Named("screenings")
@RequestScoped
public class ScreeningViews {

  /** Suppliers on the version page; the full list is paged on its own page. */
  static final int TOP = 10;

  @Inject RequestLocale locale;

  public record LevelCount(String code, String label, long count) {}

  /**
   * One supplier as screened; {@code override} says what the screening gave and why the company
   * changed it, empty when it did not.
   */
  public record Row(
      String name,
      String country,
      int tier,
      String goods,
      String kinds,
      String levelCode,
      String level,
      int score,
      String override,
      List<String> reasons) {}

  /**
   * @param recorded false for versions submitted before screening was frozen with them
   * @param edition the source line of the ILAB edition in force at submission, or empty
   */
  public record Frozen(
      boolean recorded, int total, List<LevelCount> counts, List<Row> rows, String edition) {

    public boolean empty() {
      return total == 0;
    }

    /** Whether the version page shows only some of the suppliers, so that the list is linked. */
    public boolean more() {
      return total > rows.size();
    }
  }

  /** The counts and the highest risks, for the version page. */
  public Frozen summary(String versionId) {
    ScreenedSuppliers s = screening(PlanVersion.findById(UUID.fromString(versionId)));
    return frozen(s, s == null ? List.of() : s.top(TOP));
  }

  /** One page of every supplier, highest risk first. */
  Frozen page(PlanVersion version, Paging paging) {
    ScreenedSuppliers s = screening(version);
    return frozen(s, s == null ? List.of() : s.page(paging.offset(), paging.size()));
  }

  /** How many suppliers the version froze, for the pager. */
  int total(PlanVersion version) {
    ScreenedSuppliers s = screening(version);
    return s == null ? 0 : s.total();
  }

  private static ScreenedSuppliers screening(PlanVersion version) {
    return ScreeningSnapshot.read(Snapshot.parse(version.snapshot).screening());
  }

  private Frozen frozen(ScreenedSuppliers s, List<ScreenedSuppliers.Supplier> shown) {
    if (s == null) {
      return new Frozen(false, 0, List.of(), List.of(), "");
    }
    String lang = locale.tag();
    List<LevelCount> counts =
        List.of(RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW).stream()
            .map(l -> new LevelCount(l.name(), RiskText.level(l, lang), s.count(l)))
            .toList();
    String edition =
        s.edition() == null
            ? ""
            : RiskText.messages(lang)
                .source_line(
                    s.edition().source(), s.edition().listYear(), s.edition().findingsYear());
    return new Frozen(
        true, s.total(), counts, shown.stream().map(r -> row(r, lang)).toList(), edition);
  }

  private Row row(ScreenedSuppliers.Supplier s, String lang) {
    ReviewMessages m = MessageBundles.get(ReviewMessages.class, Localized.Literal.of(lang));
    return new Row(
        s.name(lang),
        s.country(lang),
        s.tier(),
        s.goods(lang),
        s.kinds(lang),
        s.level().name(),
        RiskText.level(s.level(), lang),
        s.score(),
        s.override() == null
            ? ""
            : m.screening_override(
                RiskText.level(s.screenedLevel(), lang),
                s.overrideReason() == null ? "" : s.overrideReason()),
        s.reasons(lang));
  }
}
