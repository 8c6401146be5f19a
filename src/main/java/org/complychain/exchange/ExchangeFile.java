package org.complychain.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The exchange document, schema version 1 (published at {@code /exchange/schema/v1.json}). Dates
 * are ISO strings, so that a wrong date is our localised refusal and not a parser's message; every
 * code is the stable enum name the app stores.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExchangeFile(
    int schemaVersion,
    String scope,
    String exportedAt,
    Integer frozenVersion,
    Profile organisation,
    List<SupplierRow> suppliers,
    List<PlanEntry> plans) {

  public static final int SCHEMA_VERSION = 1;

  /** The organisation profile; a version export carries the profile frozen with it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Profile(
      String name,
      String country,
      String sector,
      String sizeBand,
      String products,
      List<Sourcing> sourcing) {}

  public record Sourcing(String country, String good) {}

  /** A supplier of the register with its screening (level, score) and any override. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SupplierRow(
      String name,
      String country,
      String region,
      int tier,
      List<String> goods,
      String goodsText,
      String spendShare,
      String workforce,
      boolean migrantWorkers,
      boolean labourAgents,
      String lastAudit,
      String auditScheme,
      String riskLevel,
      Integer riskScore,
      String overrideLevel,
      String overrideReason) {}

  /** A plan: its working content (or, in a version export, the frozen content) and versions. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlanEntry(
      String id,
      String title,
      String periodStart,
      String periodEnd,
      String contentVersion,
      String createdAt,
      List<AnswerRow> answers,
      List<ActionRow> actions,
      List<EvidenceRow> evidence,
      List<VersionRow> versions) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AnswerRow(
      String element,
      String question,
      String status,
      String text,
      String naReason,
      String owner,
      String targetDate) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ActionRow(
      String id,
      String element,
      String question,
      String description,
      String owner,
      String dueDate,
      String verification,
      String status,
      List<Change> history) {}

  /** One change to an action: who, when, the fields before (absent when opened) and after. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Change(
      String at, String actor, Map<String, Object> before, Map<String, Object> after) {}

  /**
   * An evidence file's metadata and SHA-256 (never its bytes) and the answer or action it serves.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EvidenceRow(
      String id,
      String title,
      String kind,
      String issuedOn,
      String expiresOn,
      long size,
      String mediaType,
      String sha256,
      String question,
      String actionId) {}

  /** A submitted version: review state, hashes and (except in a version export) its content. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record VersionRow(
      int number,
      String status,
      String submittedAt,
      String submittedBy,
      String decidedAt,
      String decidedBy,
      String decisionNote,
      String supersededAt,
      String snapshotSha256,
      String pdfSha256,
      List<AnswerRow> answers,
      List<ActionRow> actions,
      List<EvidenceRow> evidence) {}
}
