package org.complychain.review;

/** Where a submitted version of a plan stands in review. */
public enum VersionStatus {
  SUBMITTED,
  CHANGES_REQUESTED,
  APPROVED
}
