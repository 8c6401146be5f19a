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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle family in {@code i18n/messages} ({@code msg}, {@code org}, ...: each {@code
 * <family>_en.properties}) has the same keys in all four languages, no empty text, and is really
 * translated.
 */
class MessageBundleTest {

  private static final Path DIR = Path.of("i18n", "messages");

  /** Keys whose text may equal the English in some language: names and shared words. */
  private static final Map<String, Set<String>> SAME_EVERYWHERE =
      Map.of(
          "msg",
          Set.of(
              "app_name",
              "nav_admin",
              "error_prefix",
              "lang_en",
              "lang_es",
              "lang_fr",
              "lang_ms",
              "error_title"),
          "org",
          Set.of("sector_SERVICES"),
          // French "Question", "Questions", "Action", "Description"; Malay "Status"
          "plan",
          Set.of(
              "element_questions",
              "actions_col_action",
              "actions_col_question",
              "field_description",
              "element_status",
              "actions_col_status",
              "action_status",
              "field_status",
              "field_version",
              "field_sha256",
              "field_note",
              "element_comment_by"),
          // French "Version", "Plan", "Organisation", "Statut"-like names; the comment credit line
          "review",
          Set.of(
              "comment_by",
              "col_version",
              "col_plan",
              "col_organisation",
              "version_org",
              "version_status",
              "col_status",
              "review_versions",
              "review_view"),
          // Place names, "No", "Plan", and French "Signature", "Date"
          "laws",
          Set.of(
              "coverage_choose_plan",
              "coverage_plan",
              "doc_sign_date",
              "doc_sign_signature",
              "field_federal_no",
              "region_AU",
              "region_CA",
              "region_GB",
              "region_NO"),
          // Hash and size units, French "Type" and "Question", the comment credit line
          "evidence",
          Set.of(
              "annex_no_date",
              "col_question",
              "col_sha",
              "comment_by",
              "detail_sha",
              "detail_type",
              "size_kb",
              "size_mb"),
          // French "Notifications"; the product's name before the subject of a mail
          "notify",
          Set.of("page_title", "mail_subject"),
          // Spanish "no" in the supplier CSV's yes/no columns
          "risk",
          Set.of("csv_no"));

  @Test
  void theBundleFamiliesAreFound() throws IOException {
    assertTrue(families().containsAll(List.of("msg", "org")), "families: " + families());
  }

  @Test
  void everyLanguageHasEveryKeyAndNoEmptyText() throws IOException {
    for (String family : families()) {
      Properties en = load(family, "en");
      for (String lang : Languages.CODES) {
        Properties other = load(family, lang);
        assertEquals(keys(en), keys(other), "keys of " + family + "_" + lang);
        for (String key : keys(other)) {
          assertFalse(
              other.getProperty(key).isBlank(), family + "_" + lang + ": " + key + " is empty");
        }
      }
    }
  }

  /**
   * The bundle files merge as a union (see .gitattributes), so a line changed on two branches comes
   * back twice; Properties would silently keep the last one.
   */
  @Test
  void noKeyIsDefinedTwice() throws IOException {
    for (String family : families()) {
      for (String lang : Languages.CODES) {
        Path file = DIR.resolve(family + "_" + lang + ".properties");
        Set<String> seen = new TreeSet<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          boolean entry = !continued && !line.isBlank() && !line.startsWith("#");
          continued = line.endsWith("\\");
          if (entry) {
            String key = line.split("[=:]", 2)[0].strip();
            assertTrue(seen.add(key), file + ": " + key + " is defined twice");
          }
        }
      }
    }
  }

  @Test
  void otherLanguagesAreNotCopiesOfEnglish() throws IOException {
    for (String family : families()) {
      Properties en = load(family, "en");
      Set<String> allowed = SAME_EVERYWHERE.getOrDefault(family, Set.of());
      for (String lang : List.of("es", "fr", "ms")) {
        Properties other = load(family, lang);
        for (String key : keys(en)) {
          if (!allowed.contains(key)) {
            assertTrue(
                !en.getProperty(key).equals(other.getProperty(key)),
                family + "_" + lang + ": " + key + " is still the English text");
          }
        }
      }
    }
  }

  @Test
  void placeholdersMatchAcrossLanguages() throws IOException {
    for (String family : families()) {
      Properties en = load(family, "en");
      for (String lang : Languages.CODES) {
        Properties other = load(family, lang);
        for (String key : keys(en)) {
          assertEquals(
              placeholders(en.getProperty(key)),
              placeholders(other.getProperty(key)),
              family + "_" + lang + ": placeholders of " + key);
        }
      }
    }
  }

  /** The bundle families: every {@code <family>_en.properties} in the folder. */
  static Set<String> families() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      Set<String> found = new TreeSet<>();
      files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith("_en.properties"))
          .forEach(name -> found.add(name.substring(0, name.length() - "_en.properties".length())));
      return found;
    }
  }

  static Properties load(String family, String lang) throws IOException {
    Path file = DIR.resolve(family + "_" + lang + ".properties");
    assertTrue(Files.exists(file), file + " is missing");
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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
