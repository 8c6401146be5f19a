package org.complychain.security;

import java.util.Optional;

/** Application roles, as named in tokens and in the demo accounts. */
public enum Role {
  COMPANY("company"),
  AUDITOR("auditor"),
  ADMIN("admin");

  public static final String COMPANY_NAME = "company";
  public static final String AUDITOR_NAME = "auditor";
  public static final String ADMIN_NAME = "admin";

  private final String code;

  Role(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Role> fromCode(String code) {
    for (Role role : values()) {
      if (role.code.equals(code)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
