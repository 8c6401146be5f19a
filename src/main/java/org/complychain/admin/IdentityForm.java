package org.complychain.admin;

import io.quarkus.qute.TemplateData;
import org.complychain.organisation.Membership;
import org.complychain.organisation.Text;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** A sign-in identity as the administrator typed it, for a member or an assigned auditor. */
@TemplateData
public class IdentityForm {

  @RestForm public String identity;

  /** The problems of the identity, under the id of the form's field. */
  FormErrors validate(String field, String whenMissing, AdminMessages m) {
    FormErrors errors = new FormErrors();
    String text = text();
    if (text.isEmpty()) {
      errors.add(field, whenMissing);
    } else if (Text.length(text) > Membership.IDENTITY_MAX) {
      errors.add(field, m.error_identity_too_long(Membership.IDENTITY_MAX));
    } else if (Text.hasFormat(text)) {
      errors.add(field, m.error_identity_invisible());
    }
    return errors;
  }

  String text() {
    return Text.identity(identity);
  }
}
