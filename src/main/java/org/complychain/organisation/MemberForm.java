package org.complychain.organisation;

import io.quarkus.qute.TemplateData;
import org.complychain.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** A new member's sign-in identity as the user typed it. */
@TemplateData
public class MemberForm {

  @RestForm public String identity;

  FormErrors validate(OrgMessages m) {
    FormErrors errors = new FormErrors();
    String text = identityText();
    if (text.isEmpty()) {
      errors.add("identity", m.error_identity_required());
    } else if (Text.length(text) > Membership.IDENTITY_MAX) {
      errors.add("identity", m.error_identity_too_long(Membership.IDENTITY_MAX));
    } else if (Text.hasFormat(text)) {
      errors.add("identity", m.error_identity_invisible());
    }
    return errors;
  }

  String identityText() {
    return Text.identity(identity);
  }
}
