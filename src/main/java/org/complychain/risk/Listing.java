package org.complychain.risk;

/**
 * One good–country pair on ILAB's List of Goods: the facts only. {@code derived} marks ILAB's
 * "derived labour exploitation" (the good is made from an input produced with such labour).
 */
public record Listing(
    String goodKey,
    String goodName,
    Sector sector,
    String countryCode,
    Region region,
    boolean childLabour,
    boolean forcedLabour,
    boolean forcedChildLabour,
    boolean derived) {

  /** The pair, as editions are compared. */
  public String pair() {
    return goodKey + "|" + countryCode;
  }

  public boolean sameFlags(Listing other) {
    return childLabour == other.childLabour
        && forcedLabour == other.forcedLabour
        && forcedChildLabour == other.forcedChildLabour
        && derived == other.derived
        && sector == other.sector;
  }
}
