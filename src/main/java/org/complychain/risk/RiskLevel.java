package org.complychain.risk;

/** The level a screening ends in, lowest first. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** The level of a weighted score (0–25); see {@link Screening} for the method. */
  static RiskLevel of(int score) {
    if (score >= 20) {
      return CRITICAL;
    }
    if (score >= 12) {
      return HIGH;
    }
    if (score >= 6) {
      return MEDIUM;
    }
    return LOW;
  }
}
