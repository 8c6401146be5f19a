package org.complychain.risk;

/** The supplier's share of the company's annual spend, and how much it weighs in the score. */
public enum SpendShare {
  UNDER_1(0.8),
  FROM_1_TO_5(1.0),
  FROM_5_TO_20(1.2),
  OVER_20(1.5);

  final double weight;

  SpendShare(double weight) {
    this.weight = weight;
  }
}
