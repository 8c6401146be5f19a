package org.complychain.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complychain.exchange.ExchangeFile.ActionRow;
import org.complychain.exchange.ExchangeFile.AnswerRow;
import org.complychain.exchange.ExchangeFile.Change;
import org.complychain.exchange.ExchangeFile.PlanEntry;
import org.complychain.exchange.ExchangeFile.Profile;
import org.complychain.exchange.ExchangeFile.Sourcing;
import org.complychain.exchange.ExchangeFile.SupplierRow;
import org.complychain.organisation.Membership;
import org.complychain.organisation.Organisation;
import org.complychain.plan.Plan;
import org.complychain.risk.Supplier;

/** Exchange documents in each language, fresh organisations, and what to compare after a trip. */
final class ExchangeSamples {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExchangeSamples() {}

  /** Texts a company might write in each language; Malay and CJK included. */
  static Map<String, String> text(String lang) {
    return switch (lang) {
      case "es" ->
          Map.of(
              "title", "Plan de cumplimiento 2027 — Año único",
              "answer", "Contratación ética: ningún trabajador paga comisiones; revisión anual.",
              "action", "Auditar a los proveedores de algodón en Córdoba",
              "owner", "María Núñez");
      case "fr" ->
          Map.of(
              "title", "Plan de conformité 2027 — Été",
              "answer", "Nous vérifions l’âge des employés à l’embauche ; dossier à jour.",
              "action", "Former les équipes d’achat à la diligence raisonnable",
              "owner", "Hélène Lefèvre");
      case "ms" ->
          Map.of(
              "title", "Pelan pematuhan 2027",
              "answer", "Kami menyemak dokumen pekerja asing dan tiada pasport ditahan. 日本語も",
              "action", "Latih pembekal tentang yuran pengambilan pekerja — 供应商培训",
              "owner", "Siti Nurhaliza");
      default ->
          Map.of(
              "title", "Compliance plan 2027",
              "answer", "Every supplier signs our code; we audit 20% each year. 中文 한국어",
              "action", "Map tier-two cotton spinners",
              "owner", "Sam O'Neill");
    };
  }

  /** A whole-organisation document with one plan, answers, an action with history, a supplier. */
  static ExchangeFile organisationFile(String lang) {
    Map<String, String> t = text(lang);
    List<AnswerRow> answers =
        List.of(
            new AnswerRow("e1", "e1.q1", "IN_PLACE", t.get("answer"), null, t.get("owner"), null),
            new AnswerRow(
                "e2", "e2.q3", "IN_PROGRESS", t.get("answer") + " (2)", null, null, "2027-06-30"),
            new AnswerRow("e2", "e2.q4", "NOT_APPLICABLE", null, t.get("answer"), null, null));
    Map<String, Object> opened =
        Map.of(
            "description",
            t.get("action"),
            "owner",
            t.get("owner"),
            "dueDate",
            "2027-05-01",
            "verification",
            "Audit report",
            "status",
            "OPEN");
    Map<String, Object> started = new java.util.LinkedHashMap<>(opened);
    started.put("status", "IN_PROGRESS");
    ActionRow action =
        new ActionRow(
            UUID.randomUUID().toString(),
            "e2",
            "e2.q3",
            t.get("action"),
            t.get("owner"),
            "2027-05-01",
            "Audit report",
            "IN_PROGRESS",
            List.of(
                new Change("2026-01-01T10:00:00Z", "someone", null, opened),
                new Change("2026-01-02T10:00:00Z", "someone else", opened, started)));
    PlanEntry plan =
        new PlanEntry(
            UUID.randomUUID().toString(),
            t.get("title"),
            "2027-01-01",
            "2027-12-31",
            null,
            null,
            answers,
            List.of(action),
            List.of(),
            List.of());
    SupplierRow supplier =
        new SupplierRow(
            "Hilanderías del Sur " + lang,
            "IN",
            "Tamil Nadu",
            2,
            List.of(),
            "cotton",
            null,
            null,
            true,
            false,
            null,
            null,
            null,
            null,
            "HIGH",
            t.get("answer"));
    return new ExchangeFile(
        1,
        "organisation",
        "2026-12-01T00:00:00Z",
        null,
        new Profile(
            "Ignored name",
            "GB",
            null,
            null,
            t.get("answer"),
            List.of(new Sourcing("IN", "cotton"))),
        List.of(supplier),
        List.of(plan));
  }

  static byte[] bytes(ExchangeFile file) {
    return ExchangeJson.write(file);
  }

  /** A new organisation, without members, for one import. */
  static UUID freshOrganisation(String name) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Organisation o = new Organisation();
              o.name = name + " " + UUID.randomUUID().toString().substring(0, 8);
              o.persist();
              return o.id;
            });
  }

  /** The organisation of the test account "importer", made on first use. */
  static UUID importerOrganisation() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Organisation existing = Organisation.findByMember("importer").orElse(null);
              if (existing != null) {
                return existing.id;
              }
              Organisation o = new Organisation();
              o.name = "Importer test organisation";
              o.persist();
              Membership m = new Membership();
              m.organisation = o;
              m.identity = "importer";
              m.persist();
              return o.id;
            });
  }

  /** How many plans and suppliers the organisation has: nothing imported leaves both unchanged. */
  static long contents(UUID organisation) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Plan.count("organisation.id", organisation) * 1000
                    + Supplier.count("organisation.id", organisation));
  }

  /**
   * An export with what must differ between two instances or organisations taken out: the export
   * time, the organisation's name, plan and action ids, plan creation times, history times; and
   * what an import does not bring: submitted versions and the evidence index.
   */
  static JsonNode comparable(byte[] export) throws IOException {
    ObjectNode doc = (ObjectNode) JSON.readTree(new String(export, StandardCharsets.UTF_8));
    doc.remove("exportedAt");
    ((ObjectNode) doc.get("organisation")).remove("name");
    for (JsonNode p : doc.get("plans")) {
      ObjectNode plan = (ObjectNode) p;
      plan.remove(List.of("id", "createdAt", "evidence", "versions"));
      for (JsonNode a : (ArrayNode) plan.get("actions")) {
        ((ObjectNode) a).remove("id");
        for (JsonNode c : a.get("history")) {
          ((ObjectNode) c).remove("at");
        }
      }
    }
    return doc;
  }
}
