package org.complychain.risk;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/** Ids in URLs: one that is not a UUID names nothing, so it answers 404 like an unknown one. */
final class RiskIds {

  private RiskIds() {}

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
  }
}
