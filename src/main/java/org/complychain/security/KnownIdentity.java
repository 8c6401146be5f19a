package org.complychain.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An identity that has signed in here, with the roles it had then. The identity provider cannot be
 * asked who exists, so this is what the instance knows about a username an administrator types.
 */
@Entity
@Table(name = "known_identity")
public class KnownIdentity extends PanacheEntityBase {

  public static final int IDENTITY_MAX = 200;

  /** In lower case, as identities are compared everywhere. */
  @Id
  @Column(length = IDENTITY_MAX)
  public String identity;

  /** The role codes, comma-separated. */
  @Column(nullable = false, length = 200)
  public String roles;

  @Column(name = "last_sign_in", nullable = false)
  public OffsetDateTime lastSignIn;

  public static Optional<KnownIdentity> of(String identity) {
    return findByIdOptional(key(identity));
  }

  /** Which of these identities have signed in here, in lower case, from one query. */
  public static Set<String> known(Collection<String> identities) {
    if (identities.isEmpty()) {
      return Set.of();
    }
    return getEntityManager()
        .createQuery("select k.identity from KnownIdentity k where k.identity in ?1", String.class)
        .setParameter(1, identities.stream().map(KnownIdentity::key).toList())
        .getResultStream()
        .collect(Collectors.toSet());
  }

  public boolean has(Role role) {
    return Arrays.asList(roles.split(",")).contains(role.code());
  }

  static String key(String identity) {
    return identity.toLowerCase(Locale.ROOT);
  }
}
