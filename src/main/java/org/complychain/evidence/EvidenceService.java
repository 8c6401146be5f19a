package org.complychain.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.plan.History;
import org.complychain.plan.HistoryEntry.Subject;
import org.complychain.plan.Plan;
import org.complychain.plan.PlanService;

/**
 * The rules of evidence: storing a file with its metadata in one transaction, recognising the same
 * bytes uploaded twice, the organisation's quota, attaching and detaching, and deleting what no
 * submitted version froze.
 */
@ApplicationScoped
public class EvidenceService {

  @Inject EvidenceStore store;
  @Inject EvidenceConfig config;
  @Inject EntityManager em;
  @Inject History history;
  @Inject PlanService plans;

  /**
   * Streams the content into the store and writes its metadata (and its first link, if any) in the
   * same transaction. Any refusal, or the content stream failing half-way, rolls back the bytes
   * already written.
   */
  @Transactional
  public EvidenceFile store(
      UUID organisationId,
      EvidenceDraft draft,
      long size,
      InputStream content,
      EvidenceTarget target,
      String actor) {
    if (size <= 0) {
      throw new EvidenceRefused(EvidenceRefused.Reason.EMPTY);
    }
    if (size > config.maxFileSize().asLongValue()) {
      throw new EvidenceRefused(EvidenceRefused.Reason.TOO_LARGE);
    }
    if (target != null) {
      plans.editable(target.planId());
    }
    // One upload per organisation at a time passes the quota check, so two cannot both squeeze in.
    Organisation locked =
        em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
    if (used(locked) + size > config.organisationQuota().asLongValue()) {
      throw new EvidenceRefused(EvidenceRefused.Reason.QUOTA);
    }
    EvidenceFile file = new EvidenceFile();
    file.id = UUID.randomUUID();
    EvidenceStore.Written written;
    try {
      written = store.write(file.id, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (written.size() != size) {
      throw new UncheckedIOException(new IOException("The upload ended early"));
    }
    EvidenceFile.findBySha(locked, written.sha256())
        .ifPresent(
            same -> {
              throw new EvidenceRefused(EvidenceRefused.Reason.DUPLICATE, same.id);
            });
    file.organisation = locked;
    file.title = draft.title();
    file.kind = draft.kind();
    file.issuedOn = draft.issuedOn();
    file.expiresOn = draft.expiresOn();
    file.originalName = draft.originalName();
    file.mediaType = draft.mediaType();
    file.size = written.size();
    file.sha256 = written.sha256();
    file.uploadedBy = actor;
    file.persist();
    if (target != null) {
      link(file, target, actor);
    }
    return file;
  }

  /**
   * Attaches a file of the organisation to an answer or action of an editable plan; attaching twice
   * changes nothing. The caller checked the file and the target belong to the organisation.
   */
  @Transactional
  public void attach(UUID fileId, EvidenceTarget target, String actor) {
    plans.editable(target.planId());
    EvidenceFile file = em.find(EvidenceFile.class, fileId);
    boolean present =
        target.questionId() != null
            ? EvidenceLink.count(
                    "file = ?1 and planId = ?2 and questionId = ?3",
                    file,
                    target.planId(),
                    target.questionId())
                > 0
            : EvidenceLink.count("file = ?1 and actionId = ?2", file, target.actionId()) > 0;
    if (!present) {
      link(file, target, actor);
    }
  }

  /** Removes a link from an editable plan; a link already gone changes nothing. */
  @Transactional
  public void detach(UUID linkId, String actor) {
    EvidenceLink current = EvidenceLink.findById(linkId);
    if (current == null) {
      return;
    }
    plans.editable(current.planId);
    record(current, Subject.EVIDENCE_REMOVED, actor);
    current.delete();
  }

  /**
   * Deletes the file, its links and its bytes, unless a submitted version froze it: that copy is
   * what the auditor reviewed and must stay as it was.
   */
  @Transactional
  public void delete(UUID fileId, String actor) {
    EvidenceFile current = em.find(EvidenceFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
    if (current == null) {
      return;
    }
    if (EvidenceFreezes.frozen(em, current.id)) {
      throw new EvidenceRefused(EvidenceRefused.Reason.FROZEN);
    }
    for (EvidenceLink link : EvidenceLink.listFor(current)) {
      record(link, Subject.EVIDENCE_REMOVED, actor);
      link.delete();
    }
    store.delete(current.id);
    current.delete();
  }

  /** The bytes all of the organisation's files take. */
  public long used(Organisation organisation) {
    Long total =
        em.createQuery(
                "select coalesce(sum(f.size), 0) from EvidenceFile f where f.organisation = ?1",
                Long.class)
            .setParameter(1, organisation)
            .getSingleResult();
    return total == null ? 0 : total;
  }

  private void link(EvidenceFile file, EvidenceTarget target, String actor) {
    EvidenceLink link = new EvidenceLink();
    link.id = UUID.randomUUID();
    link.file = file;
    link.planId = target.planId();
    link.questionId = target.questionId();
    link.actionId = target.actionId();
    link.createdBy = actor;
    link.persist();
    record(link, Subject.EVIDENCE_ADDED, actor);
  }

  private void record(EvidenceLink link, Subject subject, String actor) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", link.file.title);
    fields.put("sha256", link.file.sha256);
    Map<String, Object> none = new LinkedHashMap<>();
    none.put("title", null);
    none.put("sha256", null);
    boolean added = subject == Subject.EVIDENCE_ADDED;
    history.record(
        em.getReference(Plan.class, link.planId),
        subject,
        link.file.id,
        link.questionId,
        actor,
        added ? none : fields,
        added ? fields : none);
  }
}
