package org.complychain.review;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** The plan's review state changed under the request: refused with 409, nothing changed. */
public class ReviewConflict extends ClientErrorException {

  public ReviewConflict() {
    super(Response.Status.CONFLICT);
  }
}
