package org.complychain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.complychain.evidence.EvidenceSnapshot;
import org.complychain.notify.Notifier;
import org.complychain.plan.Answer;
import org.complychain.plan.History;
import org.complychain.plan.HistoryEntry.Subject;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanService;
import org.complychain.risk.ScreeningSnapshot;

/** The rules of review: submitting frozen versions, comments, decisions and reopening. */
@ApplicationScoped
public class ReviewService {

  @Inject PlanService plans;
  @Inject History history;
  @Inject EntityManager em;
  @Inject ApprovedDocument approvedDocument;
  @Inject ReviewState state;
  @Inject ScreeningSnapshot screenings;
  @Inject Notifier notifier;

  /** Why a plan cannot be submitted now, or empty when it can. */
  public List<String> missingForSubmission(Plan plan) {
    return plans.progress(plan).elements().stream()
        .filter(e -> !e.fullyAnswered())
        .map(e -> e.element().id())
        .toList();
  }

  public boolean locked(Plan plan) {
    return state.locked(plan);
  }

  /**
   * Whether an auditor serves the plan's organisation. Without one a submission would freeze the
   * plan with nobody able to decide on it, so it is refused until an administrator assigns one.
   */
  public boolean hasAuditor(Plan plan) {
    return state.hasAuditor(plan);
  }

  /**
   * Freezes the plan as the next numbered version with the company's approver and declaration; the
   * caller checked the submission's fields. Empty, with nothing changed, when the plan is frozen,
   * incomplete or has no auditor: every check is made under the plan's lock.
   */
  @Transactional
  public Optional<PlanVersion> submit(
      UUID planId, String pdfLanguage, String actor, Submission submission) {
    // Loaded under the lock: the snapshot reads the plan, its organisation and sourcing as they
    // stand once no save can slip in.
    Plan plan = em.find(Plan.class, planId, LockModeType.PESSIMISTIC_WRITE);
    if (locked(plan)
        || !missingForSubmission(plan).isEmpty()
        || Answer.countToReview(plan) > 0
        || !hasAuditor(plan)
        || !submission.declared()) {
      return Optional.empty();
    }
    Snapshot snapshot = Snapshot.of(plan, screenings.capture(plan.organisation.id));
    String json = snapshot.json();
    PlanVersion version = new PlanVersion();
    version.id = UUID.randomUUID();
    version.plan = plan;
    version.number = PlanVersion.latest(plan).map(v -> v.number + 1).orElse(1);
    version.status = VersionStatus.SUBMITTED;
    version.snapshot = json;
    version.sha256 = Snapshot.sha256(json);
    version.submittedAt = OffsetDateTime.now();
    version.submittedBy = actor;
    version.pdfLanguage = pdfLanguage;
    version.approverName = submission.approverName();
    version.approverPosition = submission.approverPosition();
    version.declaredAt = version.submittedAt;
    version.persist();
    em.flush();
    EvidenceSnapshot.freeze(em, version.id, snapshot.evidenceOrEmpty());
    history.record(
        plan,
        Subject.SUBMISSION,
        version.id,
        null,
        actor,
        null,
        Map.of("version", version.number, "sha256", version.sha256));
    notifier.submitted(plan.organisation.id, version.id, plan.title, version.number, actor);
    return Optional.of(version);
  }

  /**
   * Adds a comment, or a reply to the thread started by {@code parentId}, to a version still
   * waiting for its decision. The caller checked the target is a question or element of the frozen
   * version and the parent starts a thread on that target of the version's plan.
   */
  @Transactional
  public void comment(UUID versionId, String target, String body, String auditor, UUID parentId) {
    PlanVersion version = em.find(PlanVersion.class, versionId, LockModeType.PESSIMISTIC_READ);
    if (version.status != VersionStatus.SUBMITTED) {
      throw new ReviewConflict();
    }
    ReviewComment comment = new ReviewComment();
    comment.id = UUID.randomUUID();
    comment.planVersion = version;
    comment.target = target;
    comment.author = auditor;
    comment.body = body;
    comment.parent = parentId == null ? null : em.getReference(ReviewComment.class, parentId);
    comment.persist();
    history.record(
        version.plan,
        Subject.COMMENT,
        version.id,
        target.contains(".") ? target : null,
        auditor,
        null,
        Map.of("version", version.number, "comment", body));
    notifier.commented(
        version.plan.organisation.id,
        version.plan.id,
        version.id,
        version.plan.title,
        version.number,
        false,
        auditor);
  }

  /**
   * Whether the company may reply to the comments read on this version: it is the plan's newest
   * version and waits for a decision or for the changes asked. Approved versions are closed, and a
   * thread started on an earlier version is answered on the newest one.
   */
  public boolean answerable(PlanVersion version) {
    return awaitsAnswer(version)
        && PlanVersion.latestState(version.plan.id)
            .map(v -> v.id().equals(version.id))
            .orElse(false);
  }

  /** Waits for a decision or for the changes asked: the company's replies are welcome. */
  static boolean awaitsAnswer(PlanVersion version) {
    return version.status == VersionStatus.SUBMITTED
        || version.status == VersionStatus.CHANGES_REQUESTED;
  }

  /**
   * Adds the company's reply to a thread read on this version; the caller checked the parent starts
   * a thread of the version's plan. Refused with a conflict when the version stopped being
   * answerable (decided, or a newer one submitted) since the page was shown.
   */
  @Transactional
  public void reply(UUID versionId, UUID parentId, String body, String actor) {
    PlanVersion version = em.find(PlanVersion.class, versionId);
    // The plan's lock keeps a new submission out, the version's lock a decision.
    lockPlanRow(version.plan.id);
    em.refresh(version, LockModeType.PESSIMISTIC_READ);
    if (!answerable(version)) {
      throw new ReviewConflict();
    }
    ReviewComment parent = em.find(ReviewComment.class, parentId);
    ReviewComment reply = new ReviewComment();
    reply.id = UUID.randomUUID();
    reply.planVersion = version;
    reply.target = parent.target;
    reply.author = actor;
    reply.authorRole = ReviewComment.COMPANY;
    reply.body = body;
    reply.parent = parent;
    reply.persist();
    history.record(
        version.plan,
        Subject.COMMENT,
        version.id,
        parent.target.contains(".") ? parent.target : null,
        actor,
        null,
        Map.of("version", version.number, "comment", body));
    notifier.commented(
        version.plan.organisation.id,
        version.plan.id,
        version.id,
        version.plan.title,
        version.number,
        true,
        actor);
  }

  /** Marks a comment resolved while the version it is read on waits for its decision. */
  @Transactional
  public void resolve(UUID versionId, UUID commentId, String auditor) {
    PlanVersion version = em.find(PlanVersion.class, versionId, LockModeType.PESSIMISTIC_READ);
    if (version.status != VersionStatus.SUBMITTED) {
      throw new ReviewConflict();
    }
    ReviewComment comment = em.find(ReviewComment.class, commentId);
    if (comment.resolvedAt == null) {
      comment.resolvedAt = OffsetDateTime.now();
      comment.resolvedBy = auditor;
    }
  }

  /**
   * Records the decision when the version is still waiting for one; false when another decision (or
   * a changed version) got there first, in which case nothing changes.
   */
  @Transactional
  public boolean decide(
      UUID versionId, int expectedVersion, VersionStatus decision, String note, String auditor) {
    PlanVersion version = em.find(PlanVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
    if (version == null
        || version.version != expectedVersion
        || version.status != VersionStatus.SUBMITTED) {
      return false;
    }
    TamperedVersion.checkSnapshot(version);
    version.status = decision;
    version.decidedAt = OffsetDateTime.now();
    version.decidedBy = auditor;
    version.decisionNote = note.isEmpty() ? null : note;
    if (decision == VersionStatus.APPROVED) {
      em.flush();
      byte[] pdf = approvedDocument.render(version);
      version.pdf = pdf;
      version.pdfSha256 = Snapshot.sha256(pdf);
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("version", version.number);
    after.put("decision", decision.name());
    after.put("note", note);
    history.record(version.plan, Subject.DECISION, version.id, null, auditor, null, after);
    notifier.decided(
        version.plan.organisation.id,
        version.plan.id,
        version.plan.title,
        version.number,
        decision == VersionStatus.APPROVED,
        auditor);
    return true;
  }

  /** After approval the company starts the next version; the approved one stays as it is. */
  @Transactional
  public boolean startNewVersion(UUID planId, String actor) {
    Plan plan = lockPlanRow(planId);
    Optional<PlanVersion> latest = PlanVersion.latest(plan);
    if (latest.isEmpty()
        || latest.get().status != VersionStatus.APPROVED
        || latest.get().supersededAt != null) {
      return false;
    }
    latest.get().supersededAt = OffsetDateTime.now();
    history.record(
        plan,
        Subject.NEW_VERSION,
        latest.get().id,
        null,
        actor,
        null,
        Map.of("from", latest.get().number));
    return true;
  }

  @Transactional
  public void recordDownload(UUID versionId, String actor) {
    PlanVersion version = em.find(PlanVersion.class, versionId);
    history.record(
        version.plan,
        Subject.DOWNLOAD,
        version.id,
        null,
        actor,
        null,
        Map.of("version", version.number, "sha256", version.pdfSha256));
  }

  /** The last version an auditor decided on before this one, to show what changed since. */
  public Optional<PlanVersion> lastReviewedBefore(PlanVersion version) {
    return PlanVersion.find(
            "plan = ?1 and number < ?2 and status <> ?3 order by number desc",
            version.plan,
            version.number,
            VersionStatus.SUBMITTED)
        .firstResultOptional();
  }

  public SnapshotDiff changesSinceReview(PlanVersion version) {
    return lastReviewedBefore(version)
        .map(
            previous ->
                SnapshotDiff.between(
                    Snapshot.parse(previous.snapshot), Snapshot.parse(version.snapshot)))
        .orElse(new SnapshotDiff(List.of()));
  }

  /** Serialises submissions and reopenings of one plan across instances. */
  private Plan lockPlanRow(UUID planId) {
    return em.find(Plan.class, planId, LockModeType.PESSIMISTIC_WRITE);
  }
}
