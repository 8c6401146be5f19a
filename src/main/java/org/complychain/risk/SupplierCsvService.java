package org.complychain.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.complychain.organisation.Organisation;

/**
 * Supplier CSV files: the export, and imports between upload and confirmation. The decoded text is
 * kept server-side and read again for the preview and for the commit, so that what is saved is
 * exactly what was previewed against the register as it is at that moment.
 */
@ApplicationScoped
public class SupplierCsvService {

  /** How long an upload waits for its confirmation. */
  static final Duration LIFETIME = Duration.ofHours(2);

  @Inject Editions editions;
  @Inject SupplierService suppliers;

  /** What confirming did: the suppliers added, or the problems that stopped it (nothing saved). */
  record Outcome(int added, String fileName, SupplierCsvReader.Result result) {}

  @Transactional
  public UUID store(UUID organisationId, String username, String fileName, String text) {
    SupplierImport.delete("expiresAt <= ?1", OffsetDateTime.now());
    SupplierImport upload = new SupplierImport();
    upload.id = UUID.randomUUID();
    upload.organisation = Organisation.findById(organisationId);
    upload.username = username;
    upload.fileName = fileName;
    upload.content = text;
    upload.createdAt = OffsetDateTime.now();
    upload.expiresAt = upload.createdAt.plus(LIFETIME);
    upload.persist();
    return upload.id;
  }

  /** The file's name and rows read against the register now; empty when not this person's. */
  @Transactional
  public Optional<Preview> preview(
      UUID token, UUID organisationId, String username, RiskMessages m, String lang) {
    return SupplierImport.findFor(token, organisationId, username)
        .map(upload -> new Preview(upload.fileName, read(upload, organisationId, m, lang)));
  }

  /** A stored upload read again; refusals were found at upload, so none is expected here. */
  record Preview(String fileName, SupplierCsvReader.Result result) {}

  /**
   * Adds every row, screened like a supplier added by hand, and forgets the upload, in one
   * transaction; adds nothing when any row has a problem. Empty when not this person's upload.
   */
  @Transactional
  public Optional<Outcome> commit(
      UUID token, UUID organisationId, String username, RiskMessages m, String lang) {
    Optional<SupplierImport> found = SupplierImport.findFor(token, organisationId, username);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SupplierCsvReader.Result result = read(found.get(), organisationId, m, lang);
    if (!result.errors().isEmpty()) {
      return Optional.of(new Outcome(0, found.get().fileName, result));
    }
    String fileName = found.get().fileName;
    List<SupplierForm> forms = result.rows().stream().map(SupplierCsvReader.Row::form).toList();
    int added = suppliers.createAll(organisationId, forms);
    // By id: the batch insert has emptied the persistence context, the entity is detached.
    SupplierImport.delete("id", token);
    return Optional.of(new Outcome(added, fileName, result));
  }

  @Transactional
  public boolean discard(UUID token, UUID organisationId, String username) {
    return SupplierImport.delete(
            "id = ?1 and organisation.id = ?2 and username = ?3", token, organisationId, username)
        > 0;
  }

  /** The organisation's suppliers that the list's filters select, in the list's order, as CSV. */
  @Transactional
  public byte[] export(UUID organisationId, SupplierQuery query, RiskMessages m, String lang) {
    Map.Entry<String, Map<String, Object>> where = query.where(organisationId, lang);
    try (Stream<Supplier> suppliers =
        Supplier.<Supplier>find(where.getKey(), query.order(), where.getValue()).stream()) {
      return new SupplierCsvWriter(m, lang).write(suppliers);
    }
  }

  /**
   * Reads a decoded file against the organisation's register, refusing it as a whole if need be.
   */
  @Transactional
  SupplierCsvReader.Result check(UUID organisationId, String text, RiskMessages m, String lang)
      throws CsvRefused {
    return reader(organisationId, m, lang).read(text);
  }

  private SupplierCsvReader.Result read(
      SupplierImport upload, UUID organisationId, RiskMessages m, String lang) {
    try {
      return reader(organisationId, m, lang).read(upload.content);
    } catch (CsvRefused e) {
      throw new IllegalStateException("A stored upload no longer reads: " + e.getMessage(), e);
    }
  }

  private SupplierCsvReader reader(UUID organisationId, RiskMessages m, String lang) {
    return new SupplierCsvReader(
        editions.active().orElseThrow(), m, lang, existingKeys(organisationId));
  }

  /** The name and country of every named supplier of the organisation, folded for comparison. */
  private static Set<String> existingKeys(UUID organisationId) {
    List<Object[]> pairs =
        Supplier.getEntityManager()
            .createQuery(
                "select s.name, s.countryCode from Supplier s where s.organisation.id = :org"
                    + " and s.name is not null",
                Object[].class)
            .setParameter("org", organisationId)
            .getResultList();
    Set<String> keys = new HashSet<>();
    for (Object[] p : pairs) {
      keys.add(SupplierCsvReader.duplicateKey((String) p[0], (String) p[1]));
    }
    return keys;
  }
}
