package org.complychain.laws;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.complychain.organisation.Countries;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The applicability questionnaire as typed. Kept verbatim so a refused form shows what was entered;
 * parsed only when saved. Absurd figures are refused with a message, never stored.
 */
@TemplateData
public class LawForm {

  /** A trillion (10^15) of any currency: beyond every company's accounts, yet fits a bigint. */
  static final long AMOUNT_MAX = 1_000_000_000_000_000L;

  /** More than any employer has ever had. */
  static final long EMPLOYEES_MAX = 10_000_000L;

  /** Digits, optionally grouped by threes with a space, comma, dot or apostrophe; no decimals. */
  private static final Pattern WHOLE =
      Pattern.compile("\\d+|\\d{1,3}([ ,.'\u00A0\u202F\u2019]\\d{3})+");

  @RestForm public String incorporated;
  @RestForm public List<String> business = new ArrayList<>();
  @RestForm public List<String> sells = new ArrayList<>();
  @RestForm public List<String> imports = new ArrayList<>();
  @RestForm public String revenueCurrency;
  @RestForm public String revenue;
  @RestForm public String assetsCurrency;
  @RestForm public String assets;
  @RestForm public String employees;
  @RestForm public String federal;
  @RestForm public String federalOutside;
  @RestForm public String cots;

  /** The saved profile's version when the form was loaded; blank for a first answer. */
  @RestForm public String version;

  public static LawForm empty() {
    LawForm form = new LawForm();
    form.revenueCurrency = "USD";
    form.assetsCurrency = "USD";
    return form;
  }

  public static LawForm of(LawProfile p) {
    LawForm form = new LawForm();
    form.incorporated = p.incorporated;
    form.business = new ArrayList<>(LawProfile.regions(p.businessIn));
    form.sells = new ArrayList<>(LawProfile.regions(p.sellsInto));
    form.imports = new ArrayList<>(LawProfile.regions(p.importsInto));
    form.revenueCurrency = p.revenueCurrency;
    form.revenue = Long.toString(p.revenueAmount);
    form.assetsCurrency = p.assetsCurrency == null ? p.revenueCurrency : p.assetsCurrency;
    form.assets = p.assetsAmount == null ? "" : Long.toString(p.assetsAmount);
    form.employees = Long.toString(p.employees);
    form.federal = p.federalContract ? "yes" : "no";
    form.federalOutside = p.federalOutsideUsd == null ? "" : Long.toString(p.federalOutsideUsd);
    form.cots = p.federalOnlyCots ? "yes" : null;
    form.version = Integer.toString(p.version);
    return form;
  }

  /** The version the form was loaded with: -1 for a first answer, -2 when tampered with. */
  int loadedVersion() {
    if (blank(version)) {
      return -1;
    }
    try {
      return Integer.parseInt(version.strip());
    } catch (NumberFormatException e) {
      return -2;
    }
  }

  public boolean has(String group, String code) {
    List<String> chosen =
        switch (group) {
          case "business" -> business;
          case "sells" -> sells;
          default -> imports;
        };
    return chosen != null && chosen.contains(code);
  }

  FormErrors validate(LawsMessages m) {
    FormErrors errors = new FormErrors();
    if (blank(incorporated)) {
      errors.add("incorporated", m.error_incorporated_required());
    } else if (!Countries.known(incorporated.trim())) {
      errors.add("incorporated", m.error_country_unknown());
    }
    for (List<String> group : List.of(business, sells, imports)) {
      if (group != null && !Regions.CODES.containsAll(group)) {
        errors.add("business", m.error_region_unknown());
      }
    }
    money(errors, m, "revenue", revenue, revenueCurrency, true);
    money(errors, m, "assets", assets, assetsCurrency, false);
    count(errors, m, "employees", employees, EMPLOYEES_MAX);
    if (!"yes".equals(federal) && !"no".equals(federal)) {
      errors.add("federal", m.error_federal_required());
    } else if ("yes".equals(federal) && !blank(federalOutside)) {
      count(errors, m, "federalOutside", federalOutside, AMOUNT_MAX);
    }
    return errors;
  }

  void applyTo(LawProfile p) {
    p.incorporated = incorporated.trim();
    p.businessIn = String.join(",", distinct(business));
    p.sellsInto = String.join(",", distinct(sells));
    p.importsInto = String.join(",", distinct(imports));
    p.revenueCurrency = currency(revenueCurrency);
    p.revenueAmount = whole(revenue);
    boolean hasAssets = !blank(assets);
    p.assetsAmount = hasAssets ? whole(assets) : null;
    p.assetsCurrency = hasAssets ? currency(assetsCurrency) : null;
    p.employees = whole(employees);
    p.federalContract = "yes".equals(federal);
    p.federalOutsideUsd =
        p.federalContract && !blank(federalOutside) ? whole(federalOutside) : null;
    p.federalOnlyCots = p.federalContract && "yes".equals(cots);
  }

  private static void money(
      FormErrors errors,
      LawsMessages m,
      String field,
      String amount,
      String currency,
      boolean required) {
    if (blank(amount)) {
      if (required) {
        errors.add(field, m.error_amount_required());
      }
      return;
    }
    count(errors, m, field, amount, AMOUNT_MAX);
    if (!knownCurrency(currency)) {
      errors.add(field + "Currency", m.error_currency_unknown());
    }
  }

  private static void count(
      FormErrors errors, LawsMessages m, String field, String text, long max) {
    if (blank(text)) {
      errors.add(field, m.error_amount_required());
      return;
    }
    String t = text.trim();
    if (t.startsWith("-")) {
      errors.add(field, m.error_amount_negative());
    } else if (!WHOLE.matcher(t).matches()) {
      errors.add(field, m.error_amount_format());
    } else if (digits(t).length() > 18 || Long.parseLong(digits(t)) > max) {
      errors.add(field, m.error_amount_too_large());
    }
  }

  static boolean knownCurrency(String code) {
    if (code == null || !code.trim().matches("[A-Za-z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String currency(String code) {
    return code.trim().toUpperCase(Locale.ROOT);
  }

  private static long whole(String text) {
    return Long.parseLong(digits(text.trim()));
  }

  private static String digits(String text) {
    return text.replaceAll("[^0-9]", "");
  }

  private static List<String> distinct(List<String> codes) {
    return Regions.CODES.stream().filter(c -> codes != null && codes.contains(c)).toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
