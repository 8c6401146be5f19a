package org.complychain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The four message bundles have the same keys, no empty text, and are really translated. */
class MessageBundleTest {

  private static final Path DIR = Path.of("i18n", "messages");

  /** Keys whose text may equal the English in some language: names and shared words. */
  private static final Set<String> SAME_EVERYWHERE =
      Set.of(
          "app_name",
          "nav_admin",
          "lang_en",
          "lang_es",
          "lang_fr",
          "lang_ms",
          "admin_title",
          "admin_organisation",
          "error_title");

  @Test
  void everyLanguageHasEveryKeyAndNoEmptyText() throws IOException {
    Properties en = load("en");
    for (String lang : Languages.CODES) {
      Properties other = load(lang);
      assertEquals(keys(en), keys(other), "keys of msg_" + lang);
      for (String key : keys(other)) {
        assertFalse(other.getProperty(key).isBlank(), lang + ": " + key + " is empty");
      }
    }
  }

  @Test
  void otherLanguagesAreNotCopiesOfEnglish() throws IOException {
    Properties en = load("en");
    for (String lang : List.of("es", "fr", "ms")) {
      Properties other = load(lang);
      for (String key : keys(en)) {
        if (!SAME_EVERYWHERE.contains(key)) {
          assertTrue(
              !en.getProperty(key).equals(other.getProperty(key)),
              lang + ": " + key + " is still the English text");
        }
      }
    }
  }

  @Test
  void placeholdersMatchAcrossLanguages() throws IOException {
    Properties en = load("en");
    for (String lang : Languages.CODES) {
      Properties other = load(lang);
      for (String key : keys(en)) {
        assertEquals(
            placeholders(en.getProperty(key)),
            placeholders(other.getProperty(key)),
            lang + ": placeholders of " + key);
      }
    }
  }

  static Properties load(String lang) throws IOException {
    Properties props = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            DIR.resolve("msg_" + lang + ".properties"), StandardCharsets.UTF_8)) {
      props.load(reader);
    }
    return props;
  }

  private static Set<String> keys(Properties props) {
    return new TreeSet<>(props.stringPropertyNames());
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    var m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
