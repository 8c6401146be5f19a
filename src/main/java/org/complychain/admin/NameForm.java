package org.complychain.admin;

import io.quarkus.qute.TemplateData;
import org.complychain.organisation.Organisation;
import org.complychain.organisation.Text;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** A new organisation's legal name as the administrator typed it. */
@TemplateData
public class NameForm {

  @RestForm public String name;

  public int max() {
    return Organisation.NAME_MAX;
  }

  FormErrors validate(AdminMessages m) {
    FormErrors errors = new FormErrors();
    String text = text();
    if (text.isEmpty()) {
      errors.add("name", m.error_name_required());
    } else if (Text.length(text) > Organisation.NAME_MAX) {
      errors.add("name", m.error_name_too_long(Organisation.NAME_MAX));
    }
    return errors;
  }

  String text() {
    return Text.line(name);
  }
}
