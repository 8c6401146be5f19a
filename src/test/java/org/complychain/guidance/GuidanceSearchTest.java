package org.complychain.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.complychain.guidance.GuidanceSearch.Problem;
import org.complychain.guidance.GuidanceSearch.Results;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuidanceSearchTest {

  static Catalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = ContentFiles.load();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "en, recruitment fees, recruitment fee",
    "en, grievance, grievance",
    "es, trabajo infantil, trabajo infantil",
    "es, debida diligencia, debida diligencia",
    "fr, travail forcé, travail forcé",
    "fr, conformite, conformité",
    "ms, buruh paksa, buruh paksa",
    "ms, pembekal, pembekal",
  })
  void findsKnownTermsInEachLanguageWithTheMatchHighlighted(
      String lang, String query, String expected) {
    Results results = catalogue.search(lang, query);
    assertEquals(Problem.NONE, results.problem());
    assertFalse(results.empty(), lang + " " + query);
    var top = results.hits().get(0);
    String marked =
        top.title().toLowerCase()
            + " "
            + top.snippet().stream()
                .filter(GuidanceSearch.Segment::match)
                .map(GuidanceSearch.Segment::text)
                .collect(Collectors.joining(" "))
                .toLowerCase();
    assertTrue(
        java.util.Arrays.stream(expected.toLowerCase().split(" ")).anyMatch(marked::contains),
        marked);
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    Results plain = catalogue.search("fr", "CONFORMITE");
    Results accented = catalogue.search("fr", "conformité");
    assertEquals(accented.hits().size(), plain.hits().size());
    assertEquals(accented.hits().get(0).href(), plain.hits().get(0).href());
  }

  @Test
  void aTitleMatchRanksAboveAPassingMention() {
    Results results = catalogue.search("en", "code of conduct");
    assertTrue(results.hits().get(0).title().toLowerCase().contains("code"));
  }

  @Test
  void emptyLongAndWordlessQueriesAreExplainedNotFailed() {
    assertEquals(Problem.EMPTY, catalogue.search("en", "   ").problem());
    assertEquals(Problem.EMPTY, catalogue.search("en", null).problem());
    assertEquals(Problem.TOO_LONG, catalogue.search("en", "x".repeat(201)).problem());
    assertEquals(Problem.NO_WORDS, catalogue.search("en", "%%% ... !!").problem());
    Results nothing = catalogue.search("en", "zqxjkv");
    assertEquals(Problem.NONE, nothing.problem());
    assertTrue(nothing.empty());
  }

  @Test
  void snippetsShowTheOriginalSpellingAroundTheMatch() {
    var hit = catalogue.search("fr", "conformite").hits().get(0);
    String snippet =
        hit.snippet().stream().map(GuidanceSearch.Segment::text).collect(Collectors.joining());
    assertTrue(snippet.contains("conformité"), snippet);
    assertTrue(snippet.length() < 400, snippet);
  }
}
