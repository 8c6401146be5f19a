package org.complychain.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The accounts known to hold the auditor or administrator role before they ever sign in: the
 * configured (demo and test) accounts. The roles of an identity-provider account are known only at
 * its sign-in.
 */
@ApplicationScoped
public class PrivilegedAccounts {

  private static final String ROLES = "quarkus.security.users.embedded.roles.";

  private final Set<String> accounts = load(ConfigProvider.getConfig());

  public boolean contains(String identity) {
    return accounts.contains(identity.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(Config config) {
    return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
        .filter(name -> name.startsWith(ROLES))
        .filter(
            name ->
                config
                    .getOptionalValue(name, String.class)
                    .map(roles -> privileged(roles))
                    .orElse(false))
        .map(name -> name.substring(ROLES.length()).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean privileged(String roles) {
    for (String role : roles.split(",")) {
      String code = role.strip();
      if (code.equals(Role.AUDITOR.code()) || code.equals(Role.ADMIN.code())) {
        return true;
      }
    }
    return false;
  }
}
