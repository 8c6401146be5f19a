package org.complychain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible word in a template comes from the message bundles, never from the template.
 */
class TemplateTextTest {

  private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
  private static final Pattern QUTE = Pattern.compile("\\{[^{}]*}");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern VISIBLE_ATTRIBUTE =
      Pattern.compile("\\b(alt|title|placeholder|aria-label|value)=\"([^\"]*)\"");
  private static final Pattern TAG_WITH_VALUE = Pattern.compile("<(\\w+)([^>]*)>");

  /** A value shows on the page only in text fields and input buttons, not on buttons or choices. */
  private static final Pattern HIDDEN_VALUE = Pattern.compile("type=\"(hidden|radio|checkbox)\"");

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  @Test
  void templatesContainNoHardCodedText() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        offences.addAll(hardCodedText(file));
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void theCheckCatchesTextInBodiesAndAttributes() {
    assertEquals(
        List.of("x: placeholder=\"Search\"", "x: Hello"),
        hardCodedText(
            "x",
            "<p>Hello</p><input placeholder=\"Search\"><b>{msg:ok}</b>"
                + "<button name=\"next\" value=\"later\">{msg:later}</button>"));
  }

  private static List<String> hardCodedText(Path file) throws IOException {
    return hardCodedText(TEMPLATES.relativize(file).toString(), Files.readString(file));
  }

  static List<String> hardCodedText(String name, String template) {
    String withoutComments = template.replaceAll("(?s)\\{!.*?!}", "");
    String withoutQute = withoutExpressions(withoutComments);
    List<String> offences = new ArrayList<>();
    Matcher tags = TAG_WITH_VALUE.matcher(withoutQute);
    while (tags.find()) {
      String tag = tags.group(1).toLowerCase();
      boolean valueHidden = !tag.equals("input") || HIDDEN_VALUE.matcher(tags.group(2)).find();
      Matcher attributes = VISIBLE_ATTRIBUTE.matcher(tags.group(2));
      while (attributes.find()) {
        boolean value = attributes.group(1).equals("value");
        if (!(value && valueHidden) && LETTER.matcher(attributes.group(2)).find()) {
          offences.add(name + ": " + attributes.group());
        }
      }
    }
    String text = TAG.matcher(withoutQute).replaceAll("\n").replaceAll("&[a-z]+;", " ");
    for (String line : text.split("\n")) {
      if (LETTER.matcher(line).find()) {
        offences.add(name + ": " + line.trim());
      }
    }
    return offences;
  }

  /** Removes Qute expressions and sections, innermost first. */
  private static String withoutExpressions(String template) {
    String previous;
    String current = template;
    do {
      previous = current;
      current = QUTE.matcher(current).replaceAll("");
    } while (!current.equals(previous));
    return current;
  }
}
