package org.complychain.pdf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.complychain.organisation.Sector;
import org.complychain.organisation.SizeBand;
import org.complychain.plan.ActionStatus;
import org.complychain.plan.AnswerStatus;
import org.complychain.risk.ScreenedSuppliers;

/**
 * Everything the plan PDF shows, in one language, read from the database at one moment. Rendering
 * is a pure function of this record: the same record gives the same bytes.
 *
 * @param lang language of the document and of the guidance texts in it
 * @param generatedAt when the document was made (UTC, whole seconds); also its creation date
 * @param percent overall progress as the task list computes it
 * @param screening the supplier screening, or null when the version was frozen before screening
 *     existed (the document then has no risk section)
 */
public record PlanDocument(
    String lang,
    OffsetDateTime generatedAt,
    Review review,
    Organisation organisation,
    Plan plan,
    int percent,
    List<Element> elements,
    List<Action> actions,
    List<Term> glossary,
    List<EvidenceItem> evidence,
    ScreenedSuppliers screening) {

  /**
   * One evidence file listed in the annex under the element it serves (through an answer, or a
   * corrective action of one of its questions); a kind code, translated when the annex is laid out.
   */
  public record EvidenceItem(
      String elementId,
      String title,
      String kind,
      java.time.LocalDate issuedOn,
      java.time.LocalDate expiresOn,
      String sha256) {}

  /** Where the plan version stands in review. Every status but approved prints a watermark. */
  public enum Status {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED;

    public boolean watermarked() {
      return this != APPROVED;
    }
  }

  /**
   * The document's place in review: its version number and status, the version history, the
   * reviewers' decisions so far and the approver.
   *
   * @param approver who approved the plan, or null while nobody has
   */
  public record Review(
      int version,
      Status status,
      List<VersionEntry> versions,
      List<Decision> decisions,
      Approver approver) {

    /** A plan nobody has reviewed yet: version 1, a working draft prepared by the organisation. */
    public static Review draft(OffsetDateTime at, String preparedBy) {
      return new Review(
          1,
          Status.DRAFT,
          List.of(new VersionEntry(1, Status.DRAFT, at, preparedBy, null)),
          List.of(),
          null);
    }
  }

  public record Organisation(
      String name,
      String country,
      Sector sector,
      SizeBand sizeBand,
      String products,
      List<Sourcing> sourcing) {}

  /** A good and the ISO 3166 code of the country it comes from. */
  public record Sourcing(String country, String good) {}

  /** The plan; {@code carriedFrom} names the approved version it was carried over from, if any. */
  public record Plan(
      UUID id,
      String title,
      LocalDate start,
      LocalDate end,
      String contentVersion,
      CarriedFrom carriedFrom) {}

  /** Last year's approved version a plan started from: its plan's title, number and approval. */
  public record CarriedFrom(String title, int version, OffsetDateTime approvedAt) {}

  /** One row of the version history; a null note prints the standard note for the status. */
  public record VersionEntry(
      int number, Status status, OffsetDateTime at, String by, String note) {}

  /** A reviewer's decision on one version: approved or changes requested. */
  public record Decision(
      int version, OffsetDateTime at, String reviewer, Status decision, String note) {}

  public record Approver(String name, String position, OffsetDateTime at) {}

  public record Element(
      String id, int number, String title, int answered, List<Question> questions) {}

  /**
   * A key question in the document's language and the company's answer to it.
   *
   * @param ref the short reference readers see, e.g. {@code 2.3}
   */
  public record Question(
      String id,
      String ref,
      String text,
      AnswerStatus status,
      String answer,
      String naReason,
      String owner,
      LocalDate target) {}

  public record Action(
      String questionId,
      String questionRef,
      int elementNumber,
      String elementTitle,
      String description,
      String owner,
      LocalDate due,
      String verification,
      ActionStatus status,
      boolean overdue) {}

  public record Term(String term, String definition) {}

  /** Number of key questions in the plan. */
  public int questionCount() {
    return elements.stream().mapToInt(e -> e.questions().size()).sum();
  }

  public int answeredCount() {
    return elements.stream().mapToInt(Element::answered).sum();
  }
}
