package org.complychain.evidence;

/** What a piece of evidence is; stored by name, shown through the evidence bundle. */
public enum EvidenceKind {
  POLICY,
  CODE_OF_CONDUCT,
  CONTRACT_CLAUSE,
  AUDIT_REPORT,
  TRAINING_RECORD,
  GRIEVANCE_LOG,
  PAYROLL_SAMPLE,
  RECRUITMENT_FEE_RECEIPT,
  REMEDIATION_RECORD,
  OTHER
}
