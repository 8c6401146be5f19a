package org.complychain.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * The description of one evidence file. Its bytes live apart, in the {@link EvidenceStore}, so
 * loading or listing files never reads their content.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {

  public static final int TITLE_MAX = 200;

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id")
  public Organisation organisation;

  @Column(nullable = false, length = TITLE_MAX)
  public String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  public EvidenceKind kind;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Column(name = "uploaded_by", nullable = false, length = 200)
  public String uploadedBy;

  /** The database's clock, the same for every instance. */
  @Generated(event = EventType.INSERT)
  @Column(name = "uploaded_at", insertable = false, updatable = false)
  public OffsetDateTime uploadedAt;

  @Column(name = "size_bytes", nullable = false)
  public long size;

  @Column(name = "media_type", nullable = false, length = 100)
  public String mediaType;

  @Column(nullable = false, length = 64)
  public String sha256;

  @Column(name = "original_name", nullable = false)
  public String originalName;

  @Version public int version;

  /** The file, if it belongs to the organisation; another organisation's file is never found. */
  public static Optional<EvidenceFile> findFor(Organisation organisation, UUID id) {
    return find("id = ?1 and organisation = ?2", id, organisation).firstResultOptional();
  }

  public static Optional<EvidenceFile> findBySha(Organisation organisation, String sha256) {
    return find("organisation = ?1 and sha256 = ?2", organisation, sha256).firstResultOptional();
  }

  /** Expired on the given day, or expiring within the next 30 days. */
  public ExpiryState expiry(LocalDate today) {
    return ExpiryState.of(expiresOn, today);
  }
}
