package org.complychain.plan;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.complychain.organisation.Text;

/** Reading submitted form fields: trimmed, with empty meaning absent, and one value per name. */
public final class FormValues {

  private final MultivaluedMap<String, String> form;

  public FormValues(MultivaluedMap<String, String> form) {
    this.form = form;
  }

  public String text(String name) {
    var values = form.get(name);
    if (values == null || values.isEmpty()) {
      return "";
    }
    if (values.size() > 1) {
      throw new BadRequestException("Field " + name + " was sent more than once");
    }
    return Text.lines(values.get(0));
  }

  /** The version a form was based on; a missing or tampered number is a bad request. */
  public int version(String name) {
    try {
      return Integer.parseInt(text(name));
    } catch (NumberFormatException e) {
      throw new BadRequestException("Field " + name + " is not a version number");
    }
  }

  /** A date typed as yyyy-mm-dd, or null when left empty; a nonsense date is refused. */
  static LocalDate date(String value) {
    if (value.isEmpty()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(value);
    }
    if (date.getYear() < 2000 || date.getYear() > 2100) {
      throw new IllegalArgumentException(value);
    }
    return date;
  }

  static boolean validDate(String value) {
    try {
      date(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String orNull(String value) {
    return value.isEmpty() ? null : value;
  }

  java.util.Set<String> names() {
    return form.keySet();
  }
}
