package org.complychain.organisation;

import java.util.Arrays;
import java.util.List;

/**
 * Sector and size codes translated at the edge (pages and the plan PDF); only the codes are stored.
 */
public final class ProfileLabels {

  private ProfileLabels() {}

  public static String sector(OrgMessages m, Sector sector) {
    return switch (sector) {
      case AGRICULTURE -> m.sector_AGRICULTURE();
      case FOOD_BEVERAGE -> m.sector_FOOD_BEVERAGE();
      case APPAREL_TEXTILES -> m.sector_APPAREL_TEXTILES();
      case ELECTRONICS -> m.sector_ELECTRONICS();
      case MINING_METALS -> m.sector_MINING_METALS();
      case CONSTRUCTION -> m.sector_CONSTRUCTION();
      case RETAIL -> m.sector_RETAIL();
      case MANUFACTURING_OTHER -> m.sector_MANUFACTURING_OTHER();
      case SERVICES -> m.sector_SERVICES();
      case OTHER -> m.sector_OTHER();
    };
  }

  public static String size(OrgMessages m, SizeBand band) {
    return switch (band) {
      case MICRO -> m.size_MICRO();
      case SMALL -> m.size_SMALL();
      case MEDIUM -> m.size_MEDIUM();
      case LARGE -> m.size_LARGE();
      case VERY_LARGE -> m.size_VERY_LARGE();
    };
  }

  static List<Option> sectors(OrgMessages m) {
    return Arrays.stream(Sector.values()).map(s -> new Option(s.name(), sector(m, s))).toList();
  }

  static List<Option> sizes(OrgMessages m) {
    return Arrays.stream(SizeBand.values()).map(b -> new Option(b.name(), size(m, b))).toList();
  }
}
