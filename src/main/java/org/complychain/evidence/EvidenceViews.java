package org.complychain.evidence;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.complychain.plan.Plan;
import org.complychain.security.CurrentUser;
import org.complychain.web.Dates;
import org.complychain.web.RequestLocale;
import org.complychain.web.RequestZone;

/**
 * Evidence as the pages show it, also for pages of other features (element page, action form, task
 * list, dashboard) through {@code inject:evidence}. The links of a plan are read once per request,
 * whatever the number of questions on the page.
 */
@Named("evidence")
@RequestScoped
public class EvidenceViews {

  @Inject RequestLocale locale;
  @Inject RequestZone zone;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  private UUID loadedPlan;
  private Integer expiring;
  private List<EvidenceLink> planLinks;

  /** The files attached to one answer, and whether every one of them has expired. */
  public record Attached(List<EvidenceRow> files, boolean onlyExpired, String manageHref) {}

  /** A kind of evidence for the upload form's choice. */
  public record KindOption(String value, String label) {}

  public Attached forAnswer(String planId, String questionId) {
    return attached(
        links(UUID.fromString(planId)).stream()
            .filter(l -> questionId.equals(l.questionId))
            .toList(),
        "/evidence/for?plan=" + planId + "&question=" + questionId);
  }

  public Attached forAction(String planId, String actionId) {
    return attached(
        links(UUID.fromString(planId)).stream()
            .filter(l -> actionId.equals(String.valueOf(l.actionId)))
            .toList(),
        "/evidence/for?plan=" + planId + "&action=" + actionId);
  }

  /** How many of the member's organisation's files expire within 30 days or have expired. */
  public int expiringCount() {
    if (expiring == null) {
      expiring = countExpiring();
    }
    return expiring;
  }

  private int countExpiring() {
    return user.organisation()
        .map(
            o ->
                EvidenceFile.count(
                    "organisation = ?1 and expiresOn <= ?2",
                    o,
                    LocalDate.now().plusDays(ExpiryState.WARNING_DAYS)))
        .map(Long::intValue)
        .orElse(0);
  }

  public List<EvidenceRow> rows(List<EvidenceFile> files) {
    return files.stream().map(f -> row(f, null)).toList();
  }

  public EvidenceRow row(EvidenceFile f, UUID linkId) {
    EvidenceMessages m = messages();
    Locale l = locale();
    ExpiryState expiry = f.expiry(LocalDate.now());
    String expires = Dates.date(f.expiresOn, l);
    String expiryText =
        switch (expiry) {
          case VALID -> "";
          case EXPIRING -> m.expiry_EXPIRING(expires);
          case EXPIRED -> m.expiry_EXPIRED(expires);
        };
    return new EvidenceRow(
        f.id,
        f.title,
        kind(m, f.kind),
        Dates.date(f.issuedOn, l),
        expires,
        expiry,
        expiryText,
        f.uploadedAt == null ? "" : Dates.dateTime(f.uploadedAt, l, zone.get()),
        size(f.size),
        f.sha256,
        linkId);
  }

  public String size(long bytes) {
    EvidenceMessages m = messages();
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(1);
    if (bytes < 1024 * 1024) {
      return m.size_kb(
          format.format(
              BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.UP)));
    }
    return m.size_mb(
        format.format(
            BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)));
  }

  public static String kind(EvidenceMessages m, EvidenceKind kind) {
    return switch (kind) {
      case POLICY -> m.kind_POLICY();
      case CODE_OF_CONDUCT -> m.kind_CODE_OF_CONDUCT();
      case CONTRACT_CLAUSE -> m.kind_CONTRACT_CLAUSE();
      case AUDIT_REPORT -> m.kind_AUDIT_REPORT();
      case TRAINING_RECORD -> m.kind_TRAINING_RECORD();
      case GRIEVANCE_LOG -> m.kind_GRIEVANCE_LOG();
      case PAYROLL_SAMPLE -> m.kind_PAYROLL_SAMPLE();
      case RECRUITMENT_FEE_RECEIPT -> m.kind_RECRUITMENT_FEE_RECEIPT();
      case REMEDIATION_RECORD -> m.kind_REMEDIATION_RECORD();
      case OTHER -> m.kind_OTHER();
    };
  }

  /** The kinds in the order of the enum, with their labels, for the upload form. */
  public List<KindOption> kinds() {
    EvidenceMessages m = messages();
    return java.util.Arrays.stream(EvidenceKind.values())
        .map(k -> new KindOption(k.name(), kind(m, k)))
        .toList();
  }

  /** One file's page: its description, where it serves, and whether a version froze it. */
  public EvidenceResource.FileView fileView(
      EvidenceFile file,
      EvidenceTargets.Resolved target,
      boolean uploaded,
      boolean duplicate,
      boolean refusedFrozen) {
    EvidenceMessages m = messages();
    List<String> links =
        EvidenceLink.listFor(file).stream()
            .map(
                l -> {
                  Plan plan = Plan.findById(l.planId);
                  return l.questionId != null
                      ? m.link_answer(l.questionId, plan.title)
                      : m.link_action(plan.title);
                })
            .toList();
    EvidenceRow row = row(file, null);
    return new EvidenceResource.FileView(
        file,
        row,
        links,
        EvidenceFreezes.frozen(em, file.id),
        m.detail_uploaded(file.uploadedBy, row.uploaded()),
        row.size(),
        target,
        uploaded,
        duplicate,
        refusedFrozen);
  }

  private Attached attached(List<EvidenceLink> links, String manageHref) {
    List<EvidenceRow> rows = links.stream().map(l -> row(l.file, l.id)).toList();
    boolean onlyExpired =
        !rows.isEmpty() && rows.stream().allMatch(r -> r.expiry() == ExpiryState.EXPIRED);
    return new Attached(rows, onlyExpired, manageHref);
  }

  private List<EvidenceLink> links(UUID planId) {
    if (!planId.equals(loadedPlan)) {
      planLinks = EvidenceLink.listFor(planId);
      loadedPlan = planId;
    }
    return planLinks;
  }

  private Locale locale() {
    return Locale.forLanguageTag(locale.tag());
  }

  /** The files a version froze, as the auditor's version page lists them. */
  public List<EvidenceRow> frozen(String versionId) {
    List<EvidenceFile> files =
        EvidenceFile.list(
            "select f from EvidenceFile f where f.id in (select z.fileId from EvidenceFreeze z"
                + " where z.versionId = ?1) order by f.title, f.id",
            UUID.fromString(versionId));
    return rows(files);
  }

  /** The remarks on a file over every version of the plan, as the comment list shows them. */
  public List<AuditEvidenceResource.CommentView> comments(UUID fileId, UUID planId) {
    List<UUID> versions =
        em.createQuery("select v.id from PlanVersion v where v.plan.id = ?1", UUID.class)
            .setParameter(1, planId)
            .getResultList();
    return EvidenceComment.listFor(fileId, versions).stream()
        .map(
            c ->
                new AuditEvidenceResource.CommentView(
                    c.author, Dates.dateTime(c.at, locale(), zone.get()), c.body))
        .toList();
  }

  EvidenceMessages messages() {
    return EvidenceAccess.messages(locale.tag());
  }
}
