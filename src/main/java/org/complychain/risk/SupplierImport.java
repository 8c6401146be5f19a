package org.complychain.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.complychain.organisation.Organisation;

/**
 * An uploaded supplier CSV awaiting confirmation. Its id is the token in the preview's URL: a
 * random UUID, found only together with the organisation and the person who uploaded it.
 */
@Entity
@Table(name = "supplier_import")
public class SupplierImport extends PanacheEntityBase {

  static final int FILE_NAME_MAX = 200;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  @Column(nullable = false, length = 200)
  public String username;

  @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
  public String fileName;

  @Column(nullable = false)
  public String content;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  public OffsetDateTime expiresAt;

  /** The upload, if it is this person's in this organisation and has not expired. */
  static Optional<SupplierImport> findFor(UUID id, UUID organisationId, String username) {
    return find(
            "id = ?1 and organisation.id = ?2 and username = ?3 and expiresAt > ?4",
            id,
            organisationId,
            username,
            OffsetDateTime.now())
        .firstResultOptional();
  }
}
