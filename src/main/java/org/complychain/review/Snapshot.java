package org.complychain.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.complychain.evidence.EvidenceSnapshot;
import org.complychain.organisation.Organisation;
import org.complychain.organisation.Sector;
import org.complychain.organisation.SizeBand;
import org.complychain.pdf.PlanContent;
import org.complychain.pdf.PlanDocument;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.Answer;
import org.complychain.plan.AnswerStatus;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;
import org.complychain.risk.ScreeningSnapshot;

/**
 * The content of a plan frozen at submission: plan details, the organisation profile, every answer
 * by question id and every action by id, as canonical JSON (sorted keys), so equal content always
 * has the same SHA-256 and the approved document can be made from exactly what was reviewed. The
 * evidence lists each attached file with its hash (empty in snapshots made before evidence); the
 * screening is the supplier register's screening as the company saw it (see {@link
 * ScreeningSnapshot}; null in snapshots made before screening).
 */
public record Snapshot(
    Map<String, Object> plan,
    Map<String, Object> organisation,
    Map<String, Map<String, Object>> answers,
    Map<String, Map<String, Object>> actions,
    List<Map<String, Object>> evidence,
    Map<String, Object> screening) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  static Snapshot of(Plan plan, Map<String, Object> screening) {
    Map<String, Object> details = new TreeMap<>();
    details.put("title", plan.title);
    details.put("periodStart", plan.periodStart.toString());
    details.put("periodEnd", plan.periodEnd.toString());
    details.put("contentVersion", plan.contentVersion);
    Map<String, Map<String, Object>> answers = new TreeMap<>();
    for (Answer a : Answer.listFor(plan)) {
      answers.put(a.questionId, new TreeMap<>(a.snapshot()));
    }
    Map<String, Map<String, Object>> actions = new TreeMap<>();
    for (CorrectiveAction a : CorrectiveAction.listFor(plan)) {
      Map<String, Object> fields = new TreeMap<>(a.snapshot());
      fields.put("questionId", a.questionId);
      fields.put("createdAt", a.createdAt.toInstant().toString());
      actions.put(a.id.toString(), fields);
    }
    Organisation o = plan.organisation;
    Map<String, Object> profile = new TreeMap<>();
    profile.put("name", o.name);
    profile.put("country", o.country);
    profile.put("sector", o.sector == null ? null : o.sector.name());
    profile.put("sizeBand", o.sizeBand == null ? null : o.sizeBand.name());
    profile.put("products", o.products);
    profile.put("profileComplete", o.profileComplete());
    profile.put(
        "sourcing",
        o.sourcing.stream().map(s -> Map.of("country", s.countryCode, "good", s.good)).toList());
    return new Snapshot(
        details, profile, answers, actions, EvidenceSnapshot.of(plan.id), screening);
  }

  /** The frozen evidence; snapshots taken before evidence existed have none. */
  public List<Map<String, Object>> evidenceOrEmpty() {
    return evidence == null ? List.of() : evidence;
  }

  /** The frozen content as the document builder takes it: entities that are never saved. */
  PlanContent content(Plan plan) {
    List<Answer> frozenAnswers = new ArrayList<>();
    answers.forEach(
        (questionId, f) -> {
          Answer a = new Answer();
          a.plan = plan;
          a.questionId = questionId;
          a.status = AnswerStatus.valueOf((String) f.get("status"));
          a.text = (String) f.get("text");
          a.naReason = (String) f.get("naReason");
          a.owner = (String) f.get("owner");
          a.targetDate = date(f.get("targetDate"));
          frozenAnswers.add(a);
        });
    List<CorrectiveAction> frozenActions = new ArrayList<>();
    actions.forEach(
        (id, f) -> {
          CorrectiveAction a = new CorrectiveAction();
          a.id = UUID.fromString(id);
          a.plan = plan;
          a.questionId = (String) f.get("questionId");
          a.description = (String) f.get("description");
          a.owner = (String) f.get("owner");
          a.dueDate = date(f.get("dueDate"));
          a.verification = (String) f.get("verification");
          a.status = ActionStatus.valueOf((String) f.get("status"));
          a.createdAt = OffsetDateTime.parse(String.valueOf(f.get("createdAt")));
          frozenActions.add(a);
        });
    frozenActions.sort(
        Comparator.comparing((CorrectiveAction a) -> a.dueDate).thenComparing(a -> a.createdAt));
    @SuppressWarnings("unchecked")
    List<Map<String, String>> sourcing =
        (List<Map<String, String>>) organisation.getOrDefault("sourcing", List.of());
    String sector = (String) organisation.get("sector");
    String size = (String) organisation.get("sizeBand");
    return new PlanContent(
        frozenAnswers,
        frozenActions,
        new PlanDocument.Organisation(
            (String) organisation.get("name"),
            (String) organisation.get("country"),
            sector == null ? null : Sector.valueOf(sector),
            size == null ? null : SizeBand.valueOf(size),
            (String) organisation.get("products"),
            sourcing.stream()
                .map(s -> new PlanDocument.Sourcing(s.get("country"), s.get("good")))
                .toList()),
        Boolean.TRUE.equals(organisation.get("profileComplete")),
        PlanContent.evidence(evidenceOrEmpty(), frozenActions),
        ScreeningSnapshot.read(screening));
  }

  private static LocalDate date(Object value) {
    return value == null ? null : LocalDate.parse(value.toString());
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The frozen content of a version, read only after its SHA-256 has been checked. */
  public static Snapshot verified(PlanVersion version) {
    TamperedVersion.checkSnapshot(version);
    return parse(version.snapshot);
  }

  static Snapshot parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Snapshot>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored snapshot cannot be read", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
