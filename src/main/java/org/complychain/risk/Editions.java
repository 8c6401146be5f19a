package org.complychain.risk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * Stored editions of the reference data. An edition's facts never change once stored, so they are
 * kept in memory by id after the first read; which edition is active is always asked of the
 * database, so every instance switches at the same moment.
 */
@ApplicationScoped
public class Editions {

  /** Serialises edition switches and the first load across instances. */
  private static final long LOCK = 4_311_011L;

  private final Map<UUID, ReferenceData> cache = new ConcurrentHashMap<>();

  @Inject EntityManager em;

  /** The active edition's facts; empty only before the shipped edition is loaded. */
  @Transactional
  public Optional<ReferenceData> active() {
    return RiskEdition.active().map(e -> facts(e.id));
  }

  /** The facts of any stored edition (screenings keep the id of the one they used). */
  public ReferenceData facts(UUID editionId) {
    return cache.computeIfAbsent(
        editionId, id -> QuarkusTransaction.joiningExisting().call(() -> load(id)));
  }

  /** Stores an edition with the given status and returns its id. */
  @Transactional
  public UUID store(EditionData data, RiskEdition.Status status, String importedBy) {
    lock();
    RiskEdition edition = new RiskEdition();
    edition.listYear = data.listYear();
    edition.findingsYear = data.findingsYear();
    edition.source = data.source();
    edition.status = status;
    edition.importedBy = importedBy;
    if (status == RiskEdition.Status.ACTIVE) {
      retireActive();
      edition.activatedAt = OffsetDateTime.now();
    }
    edition.persist();
    em.flush();
    insertFacts(edition.id, data);
    return edition.id;
  }

  /** Loads the shipped edition unless some edition exists already; true when it did. */
  @Transactional
  public boolean loadShippedIfEmpty() {
    lock();
    if (RiskEdition.count() > 0) {
      return false;
    }
    store(EditionExtract.shipped(), RiskEdition.Status.ACTIVE, null);
    return true;
  }

  /**
   * Makes a previewed edition the active one and retires the previous, in one transaction; false
   * when the id is not a preview (already switched, discarded or unknown).
   */
  @Transactional
  public boolean activate(UUID previewId) {
    lock();
    RiskEdition preview = RiskEdition.findById(previewId);
    if (preview == null || preview.status != RiskEdition.Status.PREVIEW) {
      return false;
    }
    retireActive();
    preview.status = RiskEdition.Status.ACTIVE;
    preview.activatedAt = OffsetDateTime.now();
    return true;
  }

  /** Drops an upload that was not activated; false unless it is a preview. */
  @Transactional
  public boolean discard(UUID previewId) {
    lock();
    cache.remove(previewId);
    return RiskEdition.delete("id = ?1 and status = ?2", previewId, RiskEdition.Status.PREVIEW) > 0;
  }

  @Transactional
  public List<RiskEdition> all() {
    return RiskEdition.list("order by importedAt desc");
  }

  @Transactional
  public Optional<RiskEdition> find(UUID id) {
    return RiskEdition.findByIdOptional(id);
  }

  private void retireActive() {
    RiskEdition.active()
        .ifPresent(
            current -> {
              current.status = RiskEdition.Status.RETIRED;
              // The partial unique index allows one ACTIVE row: retire before the new one.
              em.flush();
            });
  }

  private void lock() {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
        .setParameter(1, LOCK)
        .getSingleResult();
  }

  private void insertFacts(UUID id, EditionData data) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement s =
                  connection.prepareStatement(
                      "insert into risk_listing (edition_id, good_key, good_name, sector,"
                          + " country_code, region, child_labour, forced_labour,"
                          + " forced_child_labour, derived_exploitation)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Listing l : data.listings()) {
                  s.setObject(1, id);
                  s.setString(2, l.goodKey());
                  s.setString(3, l.goodName());
                  s.setString(4, l.sector().name());
                  s.setString(5, l.countryCode());
                  s.setString(6, l.region().name());
                  s.setBoolean(7, l.childLabour());
                  s.setBoolean(8, l.forcedLabour());
                  s.setBoolean(9, l.forcedChildLabour());
                  s.setBoolean(10, l.derived());
                  s.addBatch();
                }
                s.executeBatch();
              }
              try (PreparedStatement s =
                  connection.prepareStatement(
                      "insert into risk_country (edition_id, country_code, region, advancement)"
                          + " values (?, ?, ?, ?)")) {
                for (CountryFinding f : data.findings()) {
                  s.setObject(1, id);
                  s.setString(2, f.countryCode());
                  s.setString(3, f.region().name());
                  s.setString(4, f.advancement().name());
                  s.addBatch();
                }
                s.executeBatch();
              }
            });
  }

  @SuppressWarnings("unchecked")
  private ReferenceData load(UUID id) {
    RiskEdition edition = RiskEdition.findById(id);
    if (edition == null) {
      throw new IllegalArgumentException("No edition " + id);
    }
    List<Listing> listings = new ArrayList<>();
    for (Object[] r :
        (List<Object[]>)
            em.createNativeQuery(
                    "select good_key, good_name, sector, country_code, region, child_labour,"
                        + " forced_labour, forced_child_labour, derived_exploitation"
                        + " from risk_listing where edition_id = ?1")
                .setParameter(1, id)
                .getResultList()) {
      listings.add(
          new Listing(
              (String) r[0],
              (String) r[1],
              Sector.valueOf((String) r[2]),
              (String) r[3],
              Region.valueOf((String) r[4]),
              (Boolean) r[5],
              (Boolean) r[6],
              (Boolean) r[7],
              (Boolean) r[8]));
    }
    List<CountryFinding> findings = new ArrayList<>();
    for (Object[] r :
        (List<Object[]>)
            em.createNativeQuery(
                    "select country_code, region, advancement from risk_country"
                        + " where edition_id = ?1")
                .setParameter(1, id)
                .getResultList()) {
      findings.add(
          new CountryFinding(
              (String) r[0], Region.valueOf((String) r[1]), Advancement.valueOf((String) r[2])));
    }
    return new ReferenceData(
        id,
        new EditionData(
            edition.listYear, edition.findingsYear, edition.source, listings, findings));
  }
}
