package org.complychain.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.complychain.exchange.ExchangeFile.ActionRow;
import org.complychain.exchange.ExchangeFile.AnswerRow;
import org.complychain.exchange.ExchangeFile.Change;
import org.complychain.exchange.ExchangeFile.PlanEntry;
import org.complychain.exchange.ExchangeFile.Profile;
import org.complychain.exchange.ExchangeFile.SupplierRow;
import org.complychain.exchange.ImportRefused.Reason;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.organisation.Organisation;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.Answer;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.History;
import org.complychain.plan.HistoryEntry;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanService;
import org.complychain.risk.Editions;
import org.complychain.risk.ReferenceData;
import org.complychain.risk.RiskLevel;
import org.complychain.risk.RiskOverride;
import org.complychain.risk.SpendShare;
import org.complychain.risk.Supplier;
import org.complychain.risk.SupplierService;
import org.complychain.risk.Workforce;

/**
 * Imports an exchange document into the importing member's organisation, in one transaction: any
 * refusal (thrown as {@link ImportRefused}) rolls back everything written before it.
 *
 * <p>What is imported: the profile fields the organisation has left empty (its name never changes),
 * every supplier (screened again against this instance's active edition, overrides kept), and every
 * plan as a working plan with its answers and actions and the actions' history. Submitted versions
 * and evidence files are not: a version is a review that happened elsewhere, and the file holds
 * evidence metadata, not the files themselves.
 */
@ApplicationScoped
public class ExchangeImport {

  /** What one import created. */
  public record Result(int plans, int actions, int suppliers) {}

  @Inject Catalogue catalogue;
  @Inject PlanService plans;
  @Inject History history;
  @Inject Editions editions;

  @Transactional
  public Result importInto(UUID organisationId, InputStream json, String actor) {
    ExchangeFile file = ExchangeJson.read(json);
    Organisation organisation = Organisation.findById(organisationId);
    Map<String, String> elementOf = elements();
    if (file.organisation() != null) {
      profile(organisation, file.organisation());
    }
    int suppliers = 0;
    for (SupplierRow row : list(file.suppliers())) {
      supplier(organisation, row, "suppliers[" + suppliers + "]");
      suppliers++;
    }
    int planCount = 0;
    int actions = 0;
    for (PlanEntry entry : list(file.plans())) {
      actions += plan(organisation, entry, elementOf, actor, "plans[" + planCount + "]");
      planCount++;
    }
    return new Result(planCount, actions, suppliers);
  }

  private void profile(Organisation o, Profile p) {
    if (blank(o.country) && p.country() != null) {
      o.country = country(p.country(), "organisation.country");
    }
    if (o.sector == null && p.sector() != null) {
      o.sector = code(org.complychain.organisation.Sector.class, p.sector(), "organisation.sector");
    }
    if (o.sizeBand == null && p.sizeBand() != null) {
      o.sizeBand =
          code(org.complychain.organisation.SizeBand.class, p.sizeBand(), "organisation.sizeBand");
    }
    if (blank(o.products) && p.products() != null) {
      o.products = text(p.products(), Organisation.PRODUCTS_MAX, false, "organisation.products");
    }
    // The sourcing list is read from the supplier register: the imported suppliers bring it.
  }

  private void supplier(Organisation o, SupplierRow row, String where) {
    Supplier s = new Supplier();
    s.organisation = o;
    s.name = text(row.name(), Supplier.NAME_MAX, false, where + ".name");
    s.countryCode = country(row.country(), where + ".country");
    s.region = text(row.region(), Supplier.REGION_MAX, false, where + ".region");
    if (row.tier() < 1 || row.tier() > 4) {
      throw new ImportRefused(Reason.INVALID_VALUE, where + ".tier");
    }
    s.tier = (short) row.tier();
    for (String key : list(row.goods())) {
      s.goodKeys.add(text(key, 120, true, where + ".goods"));
    }
    s.goodsText = text(row.goodsText(), Supplier.GOODS_TEXT_MAX, false, where + ".goodsText");
    s.spendShare =
        row.spendShare() == null
            ? null
            : code(SpendShare.class, row.spendShare(), where + ".spendShare");
    s.workforce =
        row.workforce() == null
            ? null
            : code(Workforce.class, row.workforce(), where + ".workforce");
    s.migrantWorkers = row.migrantWorkers();
    s.labourAgents = row.labourAgents();
    s.lastAudit = date(row.lastAudit(), false, where + ".lastAudit");
    s.auditScheme = text(row.auditScheme(), Supplier.SCHEME_MAX, false, where + ".auditScheme");
    if (row.overrideLevel() != null) {
      s.overrideLevel = code(RiskLevel.class, row.overrideLevel(), where + ".overrideLevel");
    }
    ReferenceData active = editions.active().orElseThrow();
    SupplierService.screen(s, active);
    s.persist();
    if (s.overrideLevel != null) {
      RiskOverride override = new RiskOverride();
      override.supplier = s;
      override.level = s.overrideLevel;
      override.reason =
          text(row.overrideReason(), RiskOverride.REASON_MAX, true, where + ".overrideReason");
      override.author = "import";
      override.persist();
    }
  }

  private int plan(
      Organisation o, PlanEntry entry, Map<String, String> elementOf, String actor, String where) {
    String title = text(entry.title(), Plan.TITLE_MAX, true, where + ".title");
    LocalDate start = date(entry.periodStart(), true, where + ".periodStart");
    LocalDate end = date(entry.periodEnd(), true, where + ".periodEnd");
    if (end.isBefore(start)) {
      throw new ImportRefused(Reason.INVALID_VALUE, where + ".periodEnd");
    }
    Plan plan = plans.create(o, title, start, end, actor);
    if (entry.contentVersion() != null) {
      plan.contentVersion = text(entry.contentVersion(), 40, true, where + ".contentVersion");
    }
    Map<String, Answer> answers = new HashMap<>();
    for (Answer a : Answer.listFor(plan)) {
      answers.put(a.questionId, a);
    }
    Set<String> seen = new HashSet<>();
    int i = 0;
    for (AnswerRow row : list(entry.answers())) {
      String at = where + ".answers[" + i++ + "]";
      String question = question(row.element(), row.question(), elementOf);
      if (!seen.add(question)) {
        throw new ImportRefused(Reason.INVALID_VALUE, at + ".question");
      }
      Answer a = answers.get(question);
      a.status = code(AnswerStatus.class, row.status(), at + ".status");
      a.text = text(row.text(), Answer.TEXT_MAX, false, at + ".text");
      a.naReason = text(row.naReason(), Answer.TEXT_MAX, false, at + ".naReason");
      a.owner = text(row.owner(), Answer.OWNER_MAX, false, at + ".owner");
      a.targetDate = date(row.targetDate(), false, at + ".targetDate");
      if (a.touched()) {
        a.updatedAt = OffsetDateTime.now();
        a.updatedBy = actor;
      }
    }
    int count = 0;
    for (ActionRow row : list(entry.actions())) {
      action(plan, row, elementOf, actor, where + ".actions[" + count++ + "]");
    }
    return count;
  }

  private void action(
      Plan plan, ActionRow row, Map<String, String> elementOf, String actor, String where) {
    CorrectiveAction a = new CorrectiveAction();
    a.id = UUID.randomUUID();
    a.plan = plan;
    a.questionId = question(row.element(), row.question(), elementOf);
    a.description =
        text(row.description(), CorrectiveAction.TEXT_MAX, true, where + ".description");
    a.owner = text(row.owner(), CorrectiveAction.OWNER_MAX, true, where + ".owner");
    a.dueDate = date(row.dueDate(), true, where + ".dueDate");
    a.verification =
        text(row.verification(), CorrectiveAction.TEXT_MAX, true, where + ".verification");
    a.status = code(ActionStatus.class, row.status(), where + ".status");
    a.updatedAt = OffsetDateTime.now();
    a.updatedBy = actor;
    a.persist();
    List<Change> changes = list(row.history());
    if (changes.isEmpty()) {
      history.record(
          plan, HistoryEntry.Subject.ACTION, a.id, a.questionId, actor, null, a.snapshot());
    }
    int i = 0;
    for (Change c : changes) {
      String at = where + ".history[" + i++ + "]";
      history.record(
          plan,
          HistoryEntry.Subject.ACTION,
          a.id,
          a.questionId,
          text(c.actor(), 200, true, at + ".actor"),
          historyFields(c.before(), at + ".before"),
          historyFields(c.after(), at + ".after"));
    }
  }

  /** History fields stay as written, within the size a stored answer or action could have. */
  private static Map<String, Object> historyFields(Map<String, Object> fields, String where) {
    if (fields != null && ExchangeJson.json(fields).length() > 4 * Answer.TEXT_MAX) {
      throw new ImportRefused(Reason.INVALID_VALUE, where);
    }
    return fields;
  }

  /** The question, which must exist, and its element, which must match when the file names it. */
  private static String question(String element, String question, Map<String, String> elementOf) {
    String known = question == null ? null : elementOf.get(question);
    if (known == null || (element != null && !element.equals(known))) {
      throw new ImportRefused(
          Reason.UNKNOWN_QUESTION, (element == null ? "" : element + " / ") + question);
    }
    return question;
  }

  private Map<String, String> elements() {
    Map<String, String> elementOf = new HashMap<>();
    for (GuidanceModule m : catalogue.modules("en")) {
      for (GuidanceModule.Question q : m.questions()) {
        elementOf.put(q.id(), m.id());
      }
    }
    return elementOf;
  }

  private static String text(String value, int max, boolean required, String where) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new ImportRefused(Reason.INVALID_VALUE, where);
      }
      return value == null || value.isEmpty() ? null : value;
    }
    if (value.length() > max || value.indexOf('\0') >= 0) {
      throw new ImportRefused(Reason.INVALID_VALUE, where);
    }
    return value;
  }

  private static LocalDate date(String value, boolean required, String where) {
    if (value == null) {
      if (required) {
        throw new ImportRefused(Reason.INVALID_VALUE, where);
      }
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ImportRefused(Reason.INVALID_VALUE, where);
    }
  }

  private static String country(String code, String where) {
    if (code == null || !org.complychain.organisation.Countries.known(code)) {
      throw new ImportRefused(Reason.INVALID_VALUE, where);
    }
    return code;
  }

  private static <E extends Enum<E>> E code(Class<E> type, String value, String where) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ImportRefused(Reason.INVALID_VALUE, where);
    }
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
