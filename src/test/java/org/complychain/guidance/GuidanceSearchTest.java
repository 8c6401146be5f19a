package org.complychain.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  @Test
  void everyResultIsCountedAndReachableThroughThePages() {
    Results first = catalogue.search("en", "supplier");
    assertTrue(first.total() > 30, "total " + first.total());
    assertEquals(GuidanceSearch.PAGE_SIZE, first.hits().size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int page = 1; page <= first.pages(); page++) {
      Results results = catalogue.search("en", "supplier", page);
      assertEquals(first.total(), results.total());
      results.hits().forEach(h -> seen.add(h.href() + " " + h.title()));
    }
    assertEquals(first.total(), seen.size());
    Results beyond = catalogue.search("en", "supplier", 999);
    assertEquals(first.pages(), beyond.page());
    assertFalse(beyond.empty());
    assertEquals(1, catalogue.search("en", "supplier", -3).page());
  }

  @Test
  void theWholeWordAroundAMatchIsHighlighted() {
    Results results = catalogue.search("en", "recruit");
    List<String> marked = new java.util.ArrayList<>();
    for (var hit : results.hits()) {
      List<GuidanceSearch.Segment> segments = hit.snippet();
      for (int i = 0; i < segments.size(); i++) {
        if (!segments.get(i).match()) {
          continue;
        }
        String word = segments.get(i).text();
        marked.add(word);
        String before = i > 0 ? segments.get(i - 1).text() : " ";
        String after = i + 1 < segments.size() ? segments.get(i + 1).text() : " ";
        assertFalse(endsInLetter(before), before + "[" + word + "]");
        assertFalse(!after.isEmpty() && Character.isLetter(after.charAt(0)), word + after);
      }
    }
    assertTrue(
        marked.stream().anyMatch(w -> w.toLowerCase().startsWith("recruitment")),
        marked.toString());
  }

  private static boolean endsInLetter(String text) {
    return !text.isEmpty() && Character.isLetter(text.charAt(text.length() - 1));
  }
}
