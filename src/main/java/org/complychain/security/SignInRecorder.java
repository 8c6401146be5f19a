package org.complychain.security;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationSuccessEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Records who signs in, and with which roles, in {@link KnownIdentity}. Quarkus reports a
 * successful authentication on every request that carries the sign-in cookie, so a record is
 * written at most once per identity every few minutes on each instance, or at once when the roles
 * change. The observer is asynchronous: authentication runs on the I/O thread, the write does not.
 */
@ApplicationScoped
public class SignInRecorder {

  private static final Logger LOG = Logger.getLogger(SignInRecorder.class);
  private static final Duration AGAIN_AFTER = Duration.ofMinutes(10);
  private static final int REMEMBERED_MAX = 10_000;

  private record Recorded(String roles, Instant at) {}

  /** What this instance wrote last, per identity: only to save writes, never a source of truth. */
  private final Map<String, Recorded> recent = new ConcurrentHashMap<>();

  void onAuthentication(@ObservesAsync AuthenticationSuccessEvent event) {
    SecurityIdentity identity = event.getSecurityIdentity();
    if (identity == null || identity.isAnonymous()) {
      return;
    }
    String name = KnownIdentity.key(identity.getPrincipal().getName());
    if (name.isBlank() || name.length() > KnownIdentity.IDENTITY_MAX) {
      return;
    }
    String roles =
        identity.getRoles().stream()
            .map(Role::fromCode)
            .flatMap(Optional::stream)
            .sorted()
            .map(Role::code)
            .collect(Collectors.joining(","));
    Instant now = Instant.now();
    Recorded last = recent.get(name);
    if (last != null && last.roles().equals(roles) && last.at().plus(AGAIN_AFTER).isAfter(now)) {
      return;
    }
    try {
      QuarkusTransaction.requiringNew().run(() -> upsert(name, roles));
      if (recent.size() >= REMEMBERED_MAX) {
        recent.clear();
      }
      recent.put(name, new Recorded(roles, now));
    } catch (RuntimeException e) {
      // A missed record only means a warning the administrator need not have seen.
      LOG.warnf(e, "Could not record the sign-in of %s", name);
    }
  }

  private static void upsert(String identity, String roles) {
    Panache.getEntityManager()
        .createNativeQuery(
            "insert into known_identity (identity, roles, last_sign_in) values (?1, ?2, now())"
                + " on conflict (identity) do update"
                + " set roles = excluded.roles, last_sign_in = excluded.last_sign_in")
        .setParameter(1, identity)
        .setParameter(2, roles)
        .executeUpdate();
  }
}
