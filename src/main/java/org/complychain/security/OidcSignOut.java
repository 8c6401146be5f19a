package org.complychain.security;

import io.quarkus.oidc.SecurityEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Signing out at the OIDC provider ends the application's session too, so that a copy of the
 * provider's session cookie taken before sign-out is refused afterwards.
 */
@ApplicationScoped
public class OidcSignOut {

  private static final Set<SecurityEvent.Type> SIGN_OUTS =
      EnumSet.of(
          SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED,
          SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED_SESSION_EXPIRED);

  @Inject AppSessions sessions;

  void onSignOut(@Observes SecurityEvent event) {
    if (!SIGN_OUTS.contains(event.getEventType()) || event.getSecurityIdentity() == null) {
      return;
    }
    SessionKey.oidc(event.getSecurityIdentity())
        .ifPresent(
            key -> {
              // The database is not touched on an event-loop thread.
              if (Context.isOnEventLoopThread()) {
                Infrastructure.getDefaultWorkerPool().execute(() -> sessions.end(key.id()));
              } else {
                sessions.end(key.id());
              }
            });
  }
}
