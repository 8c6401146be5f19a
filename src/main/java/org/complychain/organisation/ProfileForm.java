package org.complychain.organisation;

import io.quarkus.qute.TemplateData;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The profile fields as the user typed them. Kept verbatim, so that a refused form shows exactly
 * what was entered; tidied and parsed only when applied.
 */
@TemplateData
public class ProfileForm {

  @RestForm public String name;
  @RestForm public String country;
  @RestForm public String sector;
  @RestForm public String size;
  @RestForm public String products;

  /** The organisation's version when the form was loaded (optimistic locking). */
  @RestForm public String version;

  public static ProfileForm of(Organisation organisation) {
    ProfileForm form = new ProfileForm();
    form.name = organisation.name;
    form.country = organisation.country;
    form.sector = organisation.sector == null ? null : organisation.sector.name();
    form.size = organisation.sizeBand == null ? null : organisation.sizeBand.name();
    form.products = organisation.products;
    form.version = Integer.toString(organisation.version);
    return form;
  }

  public int productsMax() {
    return Organisation.PRODUCTS_MAX;
  }

  /** Every problem of the form, in the order of its fields; none means it can be applied. */
  FormErrors validate(OrgMessages m) {
    FormErrors errors = new FormErrors();
    String legalName = Text.line(name);
    if (legalName.isEmpty()) {
      errors.add("name", m.error_name_required());
    } else if (Text.length(legalName) > Organisation.NAME_MAX) {
      errors.add("name", m.error_name_too_long(Organisation.NAME_MAX));
    }
    if (!Text.line(country).isEmpty() && !Countries.known(Text.line(country))) {
      errors.add("country", m.error_country_unknown());
    }
    if (!Text.line(sector).isEmpty() && Sector.fromCode(Text.line(sector)).isEmpty()) {
      errors.add("sector", m.error_sector_unknown());
    }
    if (!Text.line(size).isEmpty() && SizeBand.fromCode(Text.line(size)).isEmpty()) {
      errors.add("size", m.error_size_unknown());
    }
    if (Text.length(Text.lines(products)) > Organisation.PRODUCTS_MAX) {
      errors.add("products", m.error_products_too_long(Organisation.PRODUCTS_MAX));
    }
    return errors;
  }

  /** Copies a valid form onto the organisation; empty optional fields become empty again. */
  void applyTo(Organisation organisation) {
    organisation.name = Text.line(name);
    organisation.country = Text.orNull(Text.line(country));
    organisation.sector = Sector.fromCode(Text.line(sector)).orElse(null);
    organisation.sizeBand = SizeBand.fromCode(Text.line(size)).orElse(null);
    organisation.products = Text.orNull(Text.lines(products));
  }

  /** The version the form was loaded with; a missing or tampered one never matches. */
  int loadedVersion() {
    try {
      return Integer.parseInt(Text.line(version));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
