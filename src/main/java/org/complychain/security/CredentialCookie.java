package org.complychain.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the form sign-in's encrypted cookie exactly as Quarkus's form mechanism reads it, with the
 * same key and settings. Our login resource signs people in itself (to check the CSRF token, the
 * origin and the failure limit first), so it needs the writing half of that mechanism.
 */
@ApplicationScoped
public class CredentialCookie {

  @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
  Optional<String> key;

  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
  String name;

  @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M")
  Duration timeout;

  @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval", defaultValue = "PT1M")
  Duration newCookieInterval;

  @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie", defaultValue = "true")
  boolean httpOnly;

  @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site", defaultValue = "strict")
  String sameSite;

  @ConfigProperty(
      name = "quarkus.http.auth.form.location-cookie",
      defaultValue = "quarkus-redirect-location")
  String locationCookie;

  private PersistentLoginManager manager;

  @PostConstruct
  void init() {
    String secret =
        key.filter(k -> !k.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No session key: set SESSION_ENCRYPTION_KEY (see the README)"));
    manager =
        new PersistentLoginManager(
            secret,
            name,
            timeout.toMillis(),
            newCookieInterval.toMillis(),
            httpOnly,
            sameSite.toUpperCase(java.util.Locale.ROOT),
            "/",
            -1L,
            null);
  }

  void save(SecurityIdentity identity, RoutingContext ctx) {
    manager.save(identity, ctx, null, ctx.request().isSSL());
  }

  /** Where the person was going when the sign-in page interrupted them, if anywhere. */
  String locationCookie() {
    return locationCookie;
  }
}
