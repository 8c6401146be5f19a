package org.complychain.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A profile is complete when a plan has everything it needs from it. */
class ProfileCompleteTest {

  @Test
  void aFullProfileWithOneSupplierInTheRegisterIsComplete() {
    assertTrue(complete().profileComplete());
  }

  @Test
  void eachMissingPartMakesItIncomplete() {
    assertIncompleteWithout(o -> o.name = " ");
    assertIncompleteWithout(o -> o.country = null);
    assertIncompleteWithout(o -> o.sector = null);
    assertIncompleteWithout(o -> o.sizeBand = null);
    assertIncompleteWithout(o -> o.products = null);
    assertIncompleteWithout(o -> o.products = "\n ");
    assertIncompleteWithout(o -> o.hasSuppliers = false);
  }

  @Test
  void aNewOrganisationIsIncomplete() {
    Organisation organisation = new Organisation();
    organisation.name = "Only a name";
    assertFalse(organisation.profileComplete());
  }

  private static void assertIncompleteWithout(Consumer<Organisation> change) {
    Organisation organisation = complete();
    change.accept(organisation);
    assertFalse(organisation.profileComplete());
  }

  private static Organisation complete() {
    Organisation organisation = new Organisation();
    organisation.name = "Kestrel Cocoa Trading";
    organisation.country = "GB";
    organisation.sector = Sector.FOOD_BEVERAGE;
    organisation.sizeBand = SizeBand.SMALL;
    organisation.products = "Cocoa powder and chocolate couverture";
    organisation.hasSuppliers = true;
    return organisation;
  }
}
