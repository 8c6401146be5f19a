package org.complychain.risk;

import java.util.List;

/**
 * One edition of the reference data: the List of Goods of {@code listYear} and the findings of
 * {@code findingsYear}, as facts.
 */
public record EditionData(
    int listYear,
    int findingsYear,
    String source,
    List<Listing> listings,
    List<CountryFinding> findings) {

  public static final String ILAB_SOURCE =
      "U.S. Department of Labor, Bureau of International Labor Affairs (ILAB): List of Goods"
          + " Produced by Child Labor or Forced Labor; Findings on the Worst Forms of Child Labor";
}
