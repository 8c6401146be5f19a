package org.complychain.risk;

/** The supplier's workforce, in bands. */
public enum Workforce {
  UNDER_50,
  FROM_50_TO_249,
  FROM_250_TO_999,
  OVER_1000
}
