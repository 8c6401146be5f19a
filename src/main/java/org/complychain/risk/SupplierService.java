package org.complychain.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.hibernate.Session;

/**
 * The rules for changing suppliers. Callers pass the signed-in member's organisation id; a supplier
 * of another organisation is never found. Every save screens the supplier against the active
 * edition.
 */
@ApplicationScoped
public class SupplierService {

  private static final int BATCH = 200;

  @Inject Editions editions;

  @Transactional
  public UUID create(UUID organisationId, SupplierForm form) {
    Supplier s = new Supplier();
    s.organisation = Organisation.findById(organisationId);
    form.applyTo(s);
    screen(s, editions.active().orElseThrow());
    s.persist();
    return s.id;
  }

  /**
   * Adds suppliers read from a file, each screened like one added by hand, all in the caller's
   * transaction: one that fails rolls back every other. Inserts go in JDBC batches and the
   * persistence context is emptied as it goes, so that 10,000 rows stay quick and small.
   */
  @Transactional
  public int createAll(UUID organisationId, List<SupplierForm> forms) {
    ReferenceData data = editions.active().orElseThrow();
    Session session = Supplier.getEntityManager().unwrap(Session.class);
    session.setJdbcBatchSize(BATCH);
    int added = 0;
    for (SupplierForm form : forms) {
      Supplier s = new Supplier();
      s.organisation = session.getReference(Organisation.class, organisationId);
      form.applyTo(s);
      screen(s, data);
      session.persist(s);
      if (++added % BATCH == 0) {
        session.flush();
        session.clear();
      }
    }
    session.flush();
    return added;
  }

  /** Saves unless someone saved since the form was loaded (false then); empty when not found. */
  @Transactional
  public Optional<Boolean> update(UUID organisationId, UUID id, SupplierForm form) {
    Optional<Supplier> found = Supplier.findIn(organisationId, id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Supplier s = found.get();
    if (s.version != form.loadedVersion()) {
      return Optional.of(false);
    }
    form.applyTo(s);
    screen(s, editions.active().orElseThrow());
    s.flush();
    return Optional.of(true);
  }

  @Transactional
  public boolean delete(UUID organisationId, UUID id) {
    return Supplier.delete("id = ?1 and organisation.id = ?2", id, organisationId) > 0;
  }

  /** Sets or (level null) withdraws an override; the reason is kept in the history. */
  @Transactional
  public boolean override(
      UUID organisationId, UUID id, RiskLevel level, String reason, String author) {
    Optional<Supplier> found = Supplier.findIn(organisationId, id);
    if (found.isEmpty()) {
      return false;
    }
    Supplier s = found.get();
    RiskOverride o = new RiskOverride();
    o.supplier = s;
    o.level = level;
    o.reason = reason;
    o.author = author;
    o.persist();
    s.overrideLevel = level;
    screen(s, editions.facts(s.screenedEdition));
    return true;
  }

  /**
   * Screens again every supplier of the organisation that was screened with another edition than
   * the active one (after an edition switch); returns how many.
   */
  @Transactional
  public int rescreenStale(UUID organisationId) {
    ReferenceData active = editions.active().orElseThrow();
    List<Supplier> stale =
        Supplier.list(
            "organisation.id = ?1 and (screenedEdition is null or screenedEdition <> ?2)",
            organisationId,
            active.editionId());
    stale.forEach(s -> screen(s, active));
    return stale.size();
  }

  /**
   * Screens every supplier of the organisation again with the active edition and today's date, as a
   * new plan period starts from current facts (audits age, editions change); returns how many.
   */
  @Transactional
  public int rescreenAll(UUID organisationId) {
    Optional<ReferenceData> active = editions.active();
    if (active.isEmpty()) {
      return 0;
    }
    List<Supplier> all = Supplier.list("organisation.id = ?1", organisationId);
    all.forEach(s -> screen(s, active.get()));
    return all.size();
  }

  /** Screens a supplier (and keeps its override) against an edition. */
  public static void screen(Supplier s, ReferenceData data) {
    Screening.Result r = Screening.of(s, data, LocalDate.now());
    s.riskScore = r.score();
    s.screenedEdition = data.editionId();
    s.riskLevel = s.overrideLevel != null ? s.overrideLevel : r.level();
  }
}
