package org.complychain.admin;

import io.quarkus.hibernate.orm.panache.Panache;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.complychain.organisation.Organisation;

/**
 * Organisation names are unique without regard to case, accents or spacing: "Café Andino" and "CAFE
 * ANDINO" are the same organisation to a reader, so a second one is refused.
 */
final class OrganisationNames {

  /** Any fixed number: the advisory lock that makes checking and writing a name one step. */
  private static final long NAME_LOCK = 0x4f52474e414d45L;

  private OrganisationNames() {}

  /**
   * The organisation, other than {@code except}, whose name is the same as {@code name}. Holds a
   * transaction-wide lock so that two administrators creating the same name at once cannot both
   * pass the check.
   */
  static Optional<Organisation> taken(String name, UUID except) {
    Panache.getEntityManager()
        .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
        .setParameter(1, NAME_LOCK)
        .getSingleResult();
    String key = key(name);
    return Organisation.<Organisation>streamAll()
        .filter(o -> !o.id.equals(except) && key(o.name).equals(key))
        .findFirst();
  }

  static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
