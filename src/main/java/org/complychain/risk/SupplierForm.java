package org.complychain.risk;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.complychain.organisation.Countries;
import org.complychain.organisation.Text;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** A supplier as the user typed it; every field is checked before anything is saved. */
@TemplateData
public class SupplierForm {

  @RestForm public String name;
  @RestForm public String country;
  @RestForm public String region;
  @RestForm public String tier;
  @RestForm public List<String> goods = new ArrayList<>();
  @RestForm public String goodsText;
  @RestForm public String spendShare;
  @RestForm public String workforce;
  @RestForm public String migrantWorkers;
  @RestForm public String labourAgents;
  @RestForm public String lastAudit;
  @RestForm public String auditScheme;
  @RestForm public String version;

  static SupplierForm of(Supplier s) {
    SupplierForm f = new SupplierForm();
    f.name = s.name;
    f.country = s.countryCode;
    f.region = s.region;
    f.tier = Integer.toString(s.tier);
    f.goods = new ArrayList<>(s.goodKeys);
    f.goodsText = s.goodsText;
    f.spendShare = s.spendShare == null ? null : s.spendShare.name();
    f.workforce = s.workforce == null ? null : s.workforce.name();
    f.migrantWorkers = s.migrantWorkers ? "yes" : null;
    f.labourAgents = s.labourAgents ? "yes" : null;
    f.lastAudit = s.lastAudit == null ? null : s.lastAudit.toString();
    f.auditScheme = s.auditScheme;
    f.version = Integer.toString(s.version);
    return f;
  }

  FormErrors validate(RiskMessages m, ReferenceData data) {
    FormErrors errors = new FormErrors();
    if (Text.length(Text.line(name)) > Supplier.NAME_MAX) {
      errors.add("name", m.error_too_long(Supplier.NAME_MAX));
    }
    if (!Countries.known(Text.line(country))) {
      errors.add("country", m.error_country());
    }
    if (Text.length(Text.line(region)) > Supplier.REGION_MAX) {
      errors.add("region", m.error_too_long(Supplier.REGION_MAX));
    }
    if (tierValue() == 0) {
      errors.add("tier", m.error_tier());
    }
    if (goods.stream().anyMatch(g -> !data.knownGood(g))) {
      errors.add("goods", m.error_good_unknown());
    } else if (goods.isEmpty() && Text.line(goodsText).isEmpty()) {
      errors.add("goods", m.error_goods_required());
    }
    if (Text.length(Text.line(goodsText)) > Supplier.GOODS_TEXT_MAX) {
      errors.add("goodsText", m.error_too_long(Supplier.GOODS_TEXT_MAX));
    }
    if (!validEnum(SpendShare.class, spendShare)) {
      errors.add("spendShare", m.error_choice());
    }
    if (!validEnum(Workforce.class, workforce)) {
      errors.add("workforce", m.error_choice());
    }
    if (!Text.line(lastAudit).isEmpty()
        && (auditDate() == null || auditDate().isAfter(LocalDate.now()))) {
      errors.add("lastAudit", m.error_audit_date());
    }
    if (Text.length(Text.line(auditScheme)) > Supplier.SCHEME_MAX) {
      errors.add("auditScheme", m.error_too_long(Supplier.SCHEME_MAX));
    }
    return errors;
  }

  void applyTo(Supplier s) {
    s.name = orNull(Text.line(name));
    s.countryCode = Text.line(country);
    s.region = orNull(Text.line(region));
    s.tier = (short) tierValue();
    s.goodKeys.clear();
    s.goodKeys.addAll(goods);
    s.goodsText = orNull(Text.line(goodsText));
    s.spendShare = Text.line(spendShare).isEmpty() ? null : SpendShare.valueOf(spendShare);
    s.workforce = Text.line(workforce).isEmpty() ? null : Workforce.valueOf(workforce);
    s.migrantWorkers = "yes".equals(migrantWorkers);
    s.labourAgents = "yes".equals(labourAgents);
    s.lastAudit = auditDate();
    s.auditScheme = orNull(Text.line(auditScheme));
  }

  /** The version the form was loaded with; -1 when missing or garbled (never matches). */
  int loadedVersion() {
    try {
      return Integer.parseInt(Text.line(version));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public boolean chose(String goodKey) {
    return goods.contains(goodKey);
  }

  public int tierValue() {
    try {
      int t = Integer.parseInt(Text.line(tier));
      return t >= 1 && t <= 4 ? t : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private LocalDate auditDate() {
    try {
      return Text.line(lastAudit).isEmpty() ? null : LocalDate.parse(Text.line(lastAudit));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> boolean validEnum(Class<E> type, String value) {
    if (Text.line(value).isEmpty()) {
      return true;
    }
    try {
      Enum.valueOf(type, value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String orNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
