package org.complychain.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.complychain.organisation.Organisation;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is signing in on this request, with their roles and organisation. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityIdentity identity;

  private Optional<Organisation> organisation;

  public boolean signedIn() {
    return !identity.isAnonymous();
  }

  /** The sign-in identity (username), the key of memberships. */
  public String username() {
    return signedIn() ? identity.getPrincipal().getName() : "";
  }

  /** A human name where the identity provider gives one, else the username. */
  public String displayName() {
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      String name = token.getClaim("name");
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    return username();
  }

  public List<Role> roles() {
    return identity.getRoles().stream()
        .map(Role::fromCode)
        .flatMap(Optional::stream)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  public boolean has(Role role) {
    return identity.hasRole(role.code());
  }

  public Optional<Organisation> organisation() {
    if (organisation == null) {
      organisation = signedIn() ? Organisation.findByMember(username()) : Optional.empty();
    }
    return organisation;
  }
}
