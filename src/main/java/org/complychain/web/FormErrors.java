package org.complychain.web;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one submitted form, keyed by the id of the field they belong to, in the order of
 * the form: the error summary lists them and links to each field, which shows its own message.
 */
@TemplateData
public class FormErrors {

  /** One problem: the field's id and the message in the page's language. */
  @TemplateData
  public record FieldError(String field, String text) {}

  private final Map<String, String> byField = new LinkedHashMap<>();

  /** The first problem found for a field is the one shown. */
  public FormErrors add(String field, String text) {
    byField.putIfAbsent(field, text);
    return this;
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public String text(String field) {
    return byField.get(field);
  }

  public List<FieldError> list() {
    return byField.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
  }
}
