package org.complychain.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers instead of data: the status and a stable code a program can test. */
@Schema(description = "An error")
public record ApiError(
    int status,
    @Schema(
            description = "Stable code",
            enumeration = {"bad_request", "unauthorized", "forbidden", "not_found", "error"})
        String error) {

  static ApiError of(int status) {
    return new ApiError(
        status,
        switch (status) {
          case 400 -> "bad_request";
          case 401 -> "unauthorized";
          case 403 -> "forbidden";
          case 404 -> "not_found";
          default -> "error";
        });
  }
}
