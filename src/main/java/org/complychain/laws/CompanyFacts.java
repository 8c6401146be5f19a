package org.complychain.laws;

import java.util.Set;

/**
 * What the applicability questionnaire knows about an organisation. Any figure may be unknown
 * (null); money keeps the currency it was given in, as nothing here converts currencies.
 *
 * @param incorporated ISO country code where the organisation is incorporated
 * @param business regions (codes from {@link Regions}) where it does business
 * @param sells regions it sells into
 * @param imports regions it imports into
 * @param federalContract whether it holds or bids for US federal contracts
 * @param federalOutside estimated value, in US dollars, of the part of those contracts for supplies
 *     acquired or services performed outside the United States
 * @param onlyCots whether those supplies are all commercially available off-the-shelf items
 */
public record CompanyFacts(
    String incorporated,
    Set<String> business,
    Set<String> sells,
    Set<String> imports,
    Money revenue,
    Money assets,
    Long employees,
    boolean federalContract,
    Long federalOutside,
    boolean onlyCots) {

  /** An amount in whole units of a currency. */
  public record Money(String currency, long amount) {}

  boolean linked(Nexus nexus) {
    return switch (nexus.kind()) {
      case incorporated -> nexus.covers(incorporated);
      case business -> business.stream().anyMatch(nexus::covers);
      case sells -> sells.stream().anyMatch(nexus::covers);
      case imports -> imports.stream().anyMatch(nexus::covers);
      case federal -> federalContract && "US".equals(nexus.place());
    };
  }
}
