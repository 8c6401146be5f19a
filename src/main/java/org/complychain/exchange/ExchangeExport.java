package org.complychain.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.evidence.EvidenceSnapshot;
import org.complychain.exchange.ExchangeFile.ActionRow;
import org.complychain.exchange.ExchangeFile.AnswerRow;
import org.complychain.exchange.ExchangeFile.Change;
import org.complychain.exchange.ExchangeFile.EvidenceRow;
import org.complychain.exchange.ExchangeFile.PlanEntry;
import org.complychain.exchange.ExchangeFile.Profile;
import org.complychain.exchange.ExchangeFile.Sourcing;
import org.complychain.exchange.ExchangeFile.SupplierRow;
import org.complychain.exchange.ExchangeFile.VersionRow;
import org.complychain.guidance.Catalogue;
import org.complychain.guidance.GuidanceModule;
import org.complychain.organisation.Organisation;
import org.complychain.plan.Answer;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.HistoryEntry;
import org.complychain.plan.Plan;
import org.complychain.review.PlanVersion;
import org.complychain.review.Snapshot;
import org.complychain.risk.RiskOverride;
import org.complychain.risk.Supplier;

/**
 * Builds the exchange document of an organisation, of a working plan or of one frozen version, read
 * in one transaction so that the parts agree with each other.
 */
@ApplicationScoped
public class ExchangeExport {

  @Inject Catalogue catalogue;

  @Transactional
  public ExchangeFile organisation(Organisation organisation) {
    List<PlanEntry> plans = new ArrayList<>();
    for (Plan plan : Plan.listFor(organisation)) {
      plans.add(working(plan));
    }
    return file("organisation", null, profile(organisation), organisation, plans);
  }

  @Transactional
  public ExchangeFile plan(Plan plan) {
    return file(
        "plan", null, profile(plan.organisation), plan.organisation, List.of(working(plan)));
  }

  /** A frozen version: its content and profile exactly as submitted. */
  @Transactional
  public ExchangeFile version(PlanVersion version) {
    Plan plan = version.plan;
    Snapshot snapshot = Snapshot.verified(version);
    Map<UUID, List<Change>> history = history(plan, version.submittedAt);
    PlanEntry entry =
        new PlanEntry(
            plan.id.toString(),
            String.valueOf(snapshot.plan().get("title")),
            String.valueOf(snapshot.plan().get("periodStart")),
            String.valueOf(snapshot.plan().get("periodEnd")),
            String.valueOf(snapshot.plan().get("contentVersion")),
            instant(plan.createdAt),
            frozenAnswers(snapshot),
            frozenActions(snapshot, history),
            evidence(snapshot.evidenceOrEmpty()),
            List.of(versionRow(version, false)));
    return file(
        "version", version.number, frozenProfile(snapshot), plan.organisation, List.of(entry));
  }

  private ExchangeFile file(
      String scope,
      Integer frozenVersion,
      Profile profile,
      Organisation organisation,
      List<PlanEntry> plans) {
    return new ExchangeFile(
        ExchangeFile.SCHEMA_VERSION,
        scope,
        OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toInstant().toString(),
        frozenVersion,
        profile,
        suppliers(organisation),
        plans);
  }

  private PlanEntry working(Plan plan) {
    Map<UUID, List<Change>> history = history(plan, null);
    List<AnswerRow> answers = new ArrayList<>();
    for (Answer a : Answer.listFor(plan)) {
      answers.add(
          new AnswerRow(
              element(a.questionId),
              a.questionId,
              a.status.name(),
              a.text,
              a.naReason,
              a.owner,
              date(a.targetDate)));
    }
    List<ActionRow> actions = new ArrayList<>();
    for (CorrectiveAction a : CorrectiveAction.listFor(plan)) {
      actions.add(
          new ActionRow(
              a.id.toString(),
              element(a.questionId),
              a.questionId,
              a.description,
              a.owner,
              date(a.dueDate),
              a.verification,
              a.status.name(),
              history.getOrDefault(a.id, List.of())));
    }
    List<VersionRow> versions = new ArrayList<>();
    for (PlanVersion v : PlanVersion.listFor(plan)) {
      versions.add(0, versionRow(v, true));
    }
    return new PlanEntry(
        plan.id.toString(),
        plan.title,
        plan.periodStart.toString(),
        plan.periodEnd.toString(),
        plan.contentVersion,
        instant(plan.createdAt),
        answers,
        actions,
        evidence(EvidenceSnapshot.of(plan.id)),
        versions);
  }

  private VersionRow versionRow(PlanVersion v, boolean withContent) {
    Snapshot snapshot = withContent ? Snapshot.verified(v) : null;
    return new VersionRow(
        v.number,
        v.status.name(),
        instant(v.submittedAt),
        v.submittedBy,
        instant(v.decidedAt),
        v.decidedBy,
        v.decisionNote,
        instant(v.supersededAt),
        v.sha256,
        v.pdfSha256,
        withContent ? frozenAnswers(snapshot) : null,
        withContent ? frozenActions(snapshot, Map.of()) : null,
        withContent ? evidence(snapshot.evidenceOrEmpty()) : null);
  }

  private List<AnswerRow> frozenAnswers(Snapshot snapshot) {
    List<AnswerRow> rows = new ArrayList<>();
    snapshot
        .answers()
        .forEach(
            (question, f) ->
                rows.add(
                    new AnswerRow(
                        element(question),
                        question,
                        text(f.get("status")),
                        text(f.get("text")),
                        text(f.get("naReason")),
                        text(f.get("owner")),
                        text(f.get("targetDate")))));
    return rows;
  }

  private List<ActionRow> frozenActions(Snapshot snapshot, Map<UUID, List<Change>> history) {
    List<ActionRow> rows = new ArrayList<>();
    snapshot
        .actions()
        .forEach(
            (id, f) ->
                rows.add(
                    new ActionRow(
                        id,
                        element(text(f.get("questionId"))),
                        text(f.get("questionId")),
                        text(f.get("description")),
                        text(f.get("owner")),
                        text(f.get("dueDate")),
                        text(f.get("verification")),
                        text(f.get("status")),
                        history.isEmpty()
                            ? null
                            : history.getOrDefault(UUID.fromString(id), List.of()))));
    rows.sort(
        java.util.Comparator.comparing((ActionRow r) -> r.dueDate()).thenComparing(ActionRow::id));
    return rows;
  }

  /** The changes of each action of the plan, oldest first, up to a moment when one is given. */
  private static Map<UUID, List<Change>> history(Plan plan, OffsetDateTime until) {
    List<HistoryEntry> entries =
        HistoryEntry.list(
            "plan = ?1 and subject = ?2 order by at, seq", plan, HistoryEntry.Subject.ACTION);
    Map<UUID, List<Change>> bySubject = new HashMap<>();
    for (HistoryEntry e : entries) {
      if (until != null && e.at.isAfter(until)) {
        continue;
      }
      bySubject
          .computeIfAbsent(e.subjectId, k -> new ArrayList<>())
          .add(
              new Change(
                  instant(e.at),
                  e.actor,
                  ExchangeJson.fields(e.before),
                  ExchangeJson.fields(e.after)));
    }
    return bySubject;
  }

  private static List<EvidenceRow> evidence(List<Map<String, Object>> entries) {
    return entries.stream()
        .map(
            e ->
                new EvidenceRow(
                    text(e.get("id")),
                    text(e.get("title")),
                    text(e.get("kind")),
                    text(e.get("issuedOn")),
                    text(e.get("expiresOn")),
                    ((Number) e.get("size")).longValue(),
                    text(e.get("mediaType")),
                    text(e.get("sha256")),
                    text(e.get("questionId")),
                    text(e.get("actionId"))))
        .toList();
  }

  private static Profile profile(Organisation o) {
    return new Profile(
        o.name,
        o.country,
        o.sector == null ? null : o.sector.name(),
        o.sizeBand == null ? null : o.sizeBand.name(),
        o.products,
        o.sourcing.stream().map(s -> new Sourcing(s.countryCode, s.good)).toList());
  }

  @SuppressWarnings("unchecked")
  private static Profile frozenProfile(Snapshot snapshot) {
    Map<String, Object> o = snapshot.organisation();
    List<Map<String, String>> sourcing =
        (List<Map<String, String>>) o.getOrDefault("sourcing", List.of());
    return new Profile(
        text(o.get("name")),
        text(o.get("country")),
        text(o.get("sector")),
        text(o.get("sizeBand")),
        text(o.get("products")),
        sourcing.stream().map(s -> new Sourcing(s.get("country"), s.get("good"))).toList());
  }

  private static List<SupplierRow> suppliers(Organisation organisation) {
    List<SupplierRow> rows = new ArrayList<>();
    for (Supplier s :
        Supplier.<Supplier>list(
            "organisation = ?1 order by lower(name) nulls last, countryCode, goodsText, id",
            organisation)) {
      String reason =
          s.overrideLevel == null
              ? null
              : RiskOverride.historyOf(s).stream().findFirst().map(o -> o.reason).orElse(null);
      rows.add(
          new SupplierRow(
              s.name,
              s.countryCode,
              s.region,
              s.tier,
              List.copyOf(s.goodKeys),
              s.goodsText,
              s.spendShare == null ? null : s.spendShare.name(),
              s.workforce == null ? null : s.workforce.name(),
              s.migrantWorkers,
              s.labourAgents,
              date(s.lastAudit),
              s.auditScheme,
              s.riskLevel == null ? null : s.riskLevel.name(),
              s.riskScore,
              s.overrideLevel == null ? null : s.overrideLevel.name(),
              reason));
    }
    return rows;
  }

  private String element(String questionId) {
    for (GuidanceModule m : catalogue.modules("en")) {
      for (GuidanceModule.Question q : m.questions()) {
        if (q.id().equals(questionId)) {
          return m.id();
        }
      }
    }
    return null;
  }

  private static String instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant().toString();
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
