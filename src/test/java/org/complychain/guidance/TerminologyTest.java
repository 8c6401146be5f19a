package org.complychain.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
 * One term per concept and language: the lists in {@code i18n/guidance/terminology} name the term
 * to use and the variants that must not appear in the guidance or the messages of that language.
 */
class TerminologyTest {

  private static final Path ROOT = Path.of("i18n");
  private static final List<String> LANGUAGES = List.of("en", "es", "fr", "ms");

  record Term(String concept, String use, List<String> reject) {}

  record ActionRule(String rejectFirstWord, List<String> allowFirstWord) {}

  record Terminology(List<Term> terms, ActionRule actions) {}

  @Test
  void noRejectedVariantAppearsInAnyLanguage() throws IOException {
    List<String> found = new ArrayList<>();
    for (String lang : LANGUAGES) {
      Terminology terminology = terminology(lang);
      for (Path file : files(lang)) {
        found.addAll(variants(terminology, file, Files.readString(file)));
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void malaySuggestedActionsStartWithTheImperativeBaseVerb() throws IOException {
    ActionRule rule = terminology("ms").actions();
    Pattern meN = Pattern.compile(rule.rejectFirstWord());
    List<String> found = new ArrayList<>();
    for (GuidanceModule m : ContentFiles.load().modules("ms")) {
      for (var q : m.questions()) {
        for (var a : q.actions()) {
          String first = a.text().trim().split("[\\s,]+", 2)[0];
          if (meN.matcher(first).matches() && !rule.allowFirstWord().contains(first)) {
            found.add(a.id() + ": " + first);
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void everyLanguageHasAListAndEveryVariantIsAValidPattern() throws IOException {
    for (String lang : LANGUAGES) {
      Terminology terminology = terminology(lang);
      assertFalse(terminology.terms().isEmpty(), lang);
      for (Term term : terminology.terms()) {
        assertFalse(term.use().isBlank(), lang + " " + term.concept());
        term.reject().forEach(TerminologyTest::pattern);
      }
    }
  }

  @Test
  void aRejectedVariantIsReportedWithTheTermToUse() throws IOException {
    List<String> found =
        variants(
            terminology("ms"), Path.of("sample.yaml"), "Pekerja terperangkap dalam ikatan hutang.");
    assertEquals(1, found.size());
    assertTrue(found.get(0).contains("jeratan hutang"), found.get(0));
  }

  private static List<String> variants(Terminology terminology, Path file, String text) {
    List<String> found = new ArrayList<>();
    for (Term term : terminology.terms()) {
      for (String variant : term.reject()) {
        Matcher m = pattern(variant).matcher(text);
        while (m.find()) {
          found.add(file + ": \"" + m.group() + "\" (use \"" + term.use() + "\")");
        }
      }
    }
    return found;
  }

  private static Pattern pattern(String variant) {
    return Pattern.compile(variant, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static Terminology terminology(String lang) throws IOException {
    return new YAMLMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .readValue(
            ROOT.resolve("guidance/terminology/" + lang + ".yaml").toFile(), Terminology.class);
  }

  private static List<Path> files(String lang) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> guidance = Files.list(ROOT.resolve("guidance/" + lang));
        Stream<Path> messages = Files.list(ROOT.resolve("messages"))) {
      guidance.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      messages
          .filter(p -> p.toString().endsWith("_" + lang + ".properties"))
          .sorted()
          .forEach(files::add);
    }
    return files;
  }
}
