package org.complychain.notify;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complychain.web.Languages;
import org.complychain.web.RequestLocale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The language each person last used and their e-mail address, so that mail about an event is
 * written for the people told. Nothing else records a person's language: the choice lives in a
 * cookie, so it is stored here whenever a signed-in person switches language, opens their
 * notifications or causes an event.
 */
@ApplicationScoped
public class People {

  /** Where mail to a person goes, in which language. */
  public record Contact(String identity, String language, String email) {}

  @Inject EntityManager em;
  @Inject SecurityIdentity identity;
  @Inject CurrentVertxRequest request;
  @Inject RequestLocale locale;

  static String key(String identity) {
    return identity.toLowerCase(Locale.ROOT);
  }

  /** Stores the request's language (and e-mail claim) for the signed-in person, if any. */
  @Transactional
  public void rememberCurrent() {
    if (Arc.container().requestContext().isActive() && request.getCurrent() != null) {
      remember(locale.tag());
    }
  }

  /** Stores the language the signed-in person just chose. */
  @Transactional
  public void remember(String language) {
    if (identity.isAnonymous() || Languages.supported(language).isEmpty()) {
      return;
    }
    String name = key(identity.getPrincipal().getName());
    if (name.isBlank() || name.length() > 200) {
      return;
    }
    String email = null;
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      Object claim = token.getClaim("email");
      email = claim == null ? null : claim.toString();
    }
    if (email != null && (email.length() > 320 || !email.contains("@"))) {
      email = null;
    }
    // Written only when something changed: most requests leave the row untouched.
    em.createNativeQuery(
            "insert into person_preference (identity, language, email) values (?1, ?2, ?3)"
                + " on conflict (identity) do update set language = excluded.language,"
                + " email = coalesce(excluded.email, person_preference.email), updated_at = now()"
                + " where person_preference.language <> excluded.language"
                + " or (excluded.email is not null"
                + " and excluded.email is distinct from person_preference.email)")
        .setParameter(1, name)
        .setParameter(2, language)
        .setParameter(3, email)
        .executeUpdate();
  }

  /**
   * The contacts of these identities: their stored language (English when none) and address (the
   * stored one, or the identity itself when it is an e-mail address).
   */
  Map<String, Contact> contacts(Collection<String> identities) {
    Map<String, Contact> found = new HashMap<>();
    if (identities.isEmpty()) {
      return found;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select identity, language, email from person_preference where identity in (?1)")
            .setParameter(1, identities.stream().map(People::key).toList())
            .getResultList();
    for (Object[] row : rows) {
      found.put((String) row[0], new Contact((String) row[0], (String) row[1], (String) row[2]));
    }
    for (String identity : identities) {
      String k = key(identity);
      Contact stored = found.get(k);
      String language = stored == null ? Languages.DEFAULT.getLanguage() : stored.language();
      String email = stored == null || stored.email() == null ? addressIn(k) : stored.email();
      found.put(k, new Contact(k, language, email));
    }
    return found;
  }

  private static String addressIn(String identity) {
    int at = identity.indexOf('@');
    return at > 0 && at < identity.length() - 1 ? identity : null;
  }
}
