package org.complychain.organisation;

import io.quarkus.qute.TemplateData;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** A sourcing row as the user typed it. */
@TemplateData
public class SourcingForm {

  @RestForm public String country;
  @RestForm public String good;

  FormErrors validate(OrgMessages m) {
    FormErrors errors = new FormErrors();
    String text = Text.line(good);
    if (text.isEmpty()) {
      errors.add("good", m.error_good_required());
    } else if (Text.length(text) > SourcingEntry.GOOD_MAX) {
      errors.add("good", m.error_good_too_long(SourcingEntry.GOOD_MAX));
    }
    if (!Countries.known(countryCode())) {
      errors.add("sourcing-country", m.error_sourcing_country());
    }
    return errors;
  }

  String countryCode() {
    return Text.line(country);
  }

  String goodText() {
    return Text.line(good);
  }
}
