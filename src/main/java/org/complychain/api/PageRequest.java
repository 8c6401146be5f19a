package org.complychain.api;

import jakarta.ws.rs.BadRequestException;

/**
 * Which slice of a list a caller asks for. A limit above {@link #MAX_LIMIT} is cut to it (the
 * answer says which limit was used); anything that is not a count is refused with 400.
 */
public record PageRequest(int offset, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 100;

  public static PageRequest of(String offset, String limit) {
    int first = count(offset, 0);
    int size = count(limit, DEFAULT_LIMIT);
    if (size == 0) {
      throw new BadRequestException("limit must be at least 1");
    }
    return new PageRequest(first, Math.min(size, MAX_LIMIT));
  }

  /** A whole number of at most nine digits, or the default when none is given. */
  private static int count(String value, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    if (!value.strip().matches("\\d{1,9}")) {
      throw new BadRequestException("offset and limit must be whole numbers");
    }
    return Integer.parseInt(value.strip());
  }
}
