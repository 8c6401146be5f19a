package org.complychain.risk;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.complychain.organisation.Countries;
import org.complychain.organisation.Option;
import org.complychain.web.RequestLocale;

/** Builds the supplier pages' content in the request's language, in one transaction each. */
@RequestScoped
public class SupplierPages {

  @Inject RequestLocale locale;
  @Inject Editions editions;
  @Inject SupplierService service;

  /** A supplier as a list row shows it. */
  @TemplateData
  public record Row(
      UUID id, String name, String country, int tier, String goods, RiskLevel level, int score) {}

  /** One page of the list, with what the filters and pager need. */
  @TemplateData
  public record ListPage(
      List<Row> rows,
      long total,
      int page,
      int pages,
      SupplierQuery query,
      List<Option> countries,
      List<Option> goods,
      String notice) {}

  /** A supplier with its screening explained. */
  @TemplateData
  public record Detail(
      Supplier supplier,
      String country,
      List<String> goods,
      Screening.Result screening,
      List<String> reasons,
      List<RiskOverride> history,
      String notice) {

    /** The override's level as the form's choice, empty when none. */
    public String overrideCode() {
      return supplier.overrideLevel == null ? "" : supplier.overrideLevel.name();
    }
  }

  RiskMessages messages() {
    return RiskText.messages(locale.tag());
  }

  String lang() {
    return locale.tag();
  }

  @Transactional
  public ListPage list(UUID organisationId, SupplierQuery query, String notice) {
    service.rescreenStale(organisationId);
    Map.Entry<String, Map<String, Object>> where = query.where(organisationId, lang());
    PanacheQuery<Supplier> found =
        Supplier.find(where.getKey(), query.order(), where.getValue()).page(query.pageOf());
    long total = found.count();
    String unnamed = messages().unnamed_sourcing();
    List<Row> rows =
        found.list().stream()
            .map(
                s ->
                    new Row(
                        s.id,
                        s.name == null ? unnamed : s.name,
                        RiskText.country(s.countryCode, lang()),
                        s.tier,
                        goods(s),
                        s.riskLevel,
                        s.riskScore == null ? 0 : s.riskScore))
            .toList();
    int pages = (int) Math.max(1, (total + SupplierQuery.PAGE_SIZE - 1) / SupplierQuery.PAGE_SIZE);
    return new ListPage(
        rows,
        total,
        query.pageIndex() + 1,
        pages,
        query,
        Countries.options(locale.get()),
        goodOptions(),
        notice);
  }

  @Transactional
  public Optional<Detail> detail(UUID organisationId, UUID id, String notice) {
    service.rescreenStale(organisationId);
    return Supplier.findIn(organisationId, id)
        .map(
            s -> {
              ReferenceData data = editions.facts(s.screenedEdition);
              Screening.Result r = Screening.of(s, data, LocalDate.now());
              List<String> reasons = r.reasons().stream().map(this::reason).toList();
              return new Detail(
                  s,
                  RiskText.country(s.countryCode, lang()),
                  Screening.goods(s).stream()
                      .map(k -> GoodNames.name(k, k, lang()))
                      .sorted()
                      .toList(),
                  r,
                  reasons,
                  RiskOverride.historyOf(s),
                  notice);
            });
  }

  @Transactional
  public Optional<SupplierForm> form(UUID organisationId, UUID id) {
    return Supplier.findIn(organisationId, id).map(SupplierForm::of);
  }

  /** Every good of the active edition, named and sorted in the language. */
  public List<Option> goodOptions() {
    String lang = lang();
    java.text.Collator collator = java.text.Collator.getInstance(locale.get());
    return editions.active().orElseThrow().goods().stream()
        .map(l -> new Option(l.goodKey(), GoodNames.name(l, lang)))
        .sorted(Comparator.comparing(Option::label, collator))
        .toList();
  }

  public List<Option> countryOptions() {
    return Countries.options(locale.get());
  }

  public ReferenceData active() {
    return editions.active().orElseThrow();
  }

  String reason(Screening.Reason r) {
    return RiskText.reason(r, lang());
  }

  String goods(Supplier s) {
    List<String> names =
        s.goodKeys.stream().map(k -> GoodNames.name(k, k, lang())).sorted().toList();
    String text = s.goodsText == null ? "" : s.goodsText;
    return names.isEmpty() ? text : String.join(", ", names) + (text.isEmpty() ? "" : "; " + text);
  }
}
