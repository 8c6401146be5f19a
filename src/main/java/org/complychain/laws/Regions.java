package org.complychain.laws;

import java.util.List;

/** The jurisdictions the laws name, offered as choices for business, sales and imports. */
public final class Regions {

  /** {@code EU} stands for any EU member state other than Germany, which has a law of its own. */
  public static final List<String> CODES = List.of("GB", "AU", "CA", "US", "DE", "NO", "EU");

  /** Currencies offered first; any ISO 4217 code is accepted. */
  public static final List<String> CURRENCIES =
      List.of("USD", "EUR", "GBP", "AUD", "CAD", "NOK", "MYR", "CNY", "INR", "JPY", "CHF");

  private Regions() {}
}
