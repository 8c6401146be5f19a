package org.complychain.plan;

/** Status of one task on a plan's task list. */
public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED
}
