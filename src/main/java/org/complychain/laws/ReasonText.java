package org.complychain.laws;

import java.text.NumberFormat;
import java.util.Locale;
import org.complychain.laws.Finding.Reason;

/** Words a reason in the page's language, with figures in the reader's number format. */
final class ReasonText {

  private final LawsMessages m;
  private final NumberFormat numbers;

  ReasonText(LawsMessages m, Locale locale) {
    this.m = m;
    this.numbers = NumberFormat.getIntegerInstance(locale);
  }

  String text(Reason r) {
    return switch (r.kind()) {
      case LINKED -> m.reason_linked(link(r.place()));
      case NO_LINK -> m.reason_no_link(place(r.place().place()));
      case NEEDED -> m.reason_needed(r.needed());
      case MET -> m.reason_met(measure(r.threshold()), amount(r.value()), threshold(r.threshold()));
      case NOT_MET ->
          m.reason_not_met(measure(r.threshold()), amount(r.value()), threshold(r.threshold()));
      case MISSING -> m.reason_missing(measure(r.threshold()), threshold(r.threshold()));
      case OTHER_CURRENCY ->
          m.reason_other_currency(
              measure(r.threshold()), amount(r.value()), threshold(r.threshold()));
      case PLAN_REQUIRED -> m.reason_plan_required(threshold(r.threshold()));
      case PLAN_NOT_REQUIRED -> m.reason_plan_not_required(threshold(r.threshold()));
      case PLAN_UNCERTAIN -> m.reason_plan_uncertain(threshold(r.threshold()));
      case PLAN_COTS -> m.reason_plan_cots();
    };
  }

  String threshold(Law.Threshold t) {
    String figure = money(t.currency(), t.amount());
    return t.strict() ? m.threshold_more_than(figure) : m.threshold_at_least(figure);
  }

  String measure(Law.Threshold t) {
    return switch (t.measure()) {
      case revenue -> m.measure_revenue();
      case assets -> m.measure_assets();
      case employees -> m.measure_employees();
      case federalOutside -> m.measure_federal_outside();
    };
  }

  private String amount(CompanyFacts.Money value) {
    return money(value.currency(), value.amount());
  }

  private String money(String currency, long amount) {
    String figure = numbers.format(amount);
    return currency == null ? figure : currency + " " + figure;
  }

  private String link(Nexus n) {
    String place = place(n.place());
    return switch (n.kind()) {
      case incorporated -> m.link_incorporated(place);
      case business -> m.link_business(place);
      case sells -> m.link_sells(place);
      case imports -> m.link_imports(place);
      case federal -> m.link_federal();
    };
  }

  String place(String code) {
    return switch (code) {
      case "EU" -> m.region_EU();
      case "GB" -> m.region_GB();
      case "AU" -> m.region_AU();
      case "CA" -> m.region_CA();
      case "US" -> m.region_US();
      case "DE" -> m.region_DE();
      case "NO" -> m.region_NO();
      default -> code;
    };
  }
}
