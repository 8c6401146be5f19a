package org.complychain.plan;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/** Recognises a save that lost a race with another save of the same row. */
final class OptimisticLocking {

  private OptimisticLocking() {}

  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
    }
    return false;
  }
}
