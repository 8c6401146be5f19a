package org.complychain.risk;

/** A country or territory in ILAB's findings: its region and advancement level. */
public record CountryFinding(String countryCode, Region region, Advancement advancement) {}
