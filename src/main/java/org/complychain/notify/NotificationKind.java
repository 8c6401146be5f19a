package org.complychain.notify;

/** What happened; stored as its name, written out in the reader's language when shown. */
public enum NotificationKind {
  PLAN_SUBMITTED,
  CHANGES_REQUESTED,
  PLAN_APPROVED,
  AUDITOR_COMMENTED,
  COMPANY_REPLIED,
  EVIDENCE_EXPIRING,
  ACTION_OVERDUE
}
