package org.complychain.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.complychain.web.Languages;
import org.junit.jupiter.api.Test;

class LawDataTest {

  private static final Set<String> QUESTIONS = LawFiles.questionIds();

  @Test
  void everyLawLoadsWithCriteriaInFourLanguagesAndKnownQuestions() {
    List<Law> laws = LawFiles.load();
    assertEquals(LawLoader.LAW_IDS, laws.stream().map(Law::id).toList());
    for (Law law : laws) {
      assertEquals("2026-12", law.verified(), law.id());
      assertTrue(law.officialText().startsWith("https://"), law.id());
      assertFalse(law.criteria().isEmpty(), law.id());
      for (Law.Criterion c : law.criteria()) {
        for (String lang : Languages.CODES) {
          assertFalse(c.text().in(lang).isBlank(), c.id() + " " + lang);
        }
        for (String q : LawLoader.questions(c)) {
          assertTrue(QUESTIONS.contains(q), c.id() + " names " + q);
        }
      }
    }
  }

  @Test
  void statutoryCriteriaAreAllThere() {
    List<Law> laws = LawFiles.load();
    assertEquals(
        List.of(
            "au.s16.1.a",
            "au.s16.1.b",
            "au.s16.1.c",
            "au.s16.1.d",
            "au.s16.1.e",
            "au.s16.1.f",
            "au.s16.1.g"),
        criteria(laws, "au-msa"));
    assertEquals(
        List.of(
            "ca.s11.3.a",
            "ca.s11.3.b",
            "ca.s11.3.c",
            "ca.s11.3.d",
            "ca.s11.3.e",
            "ca.s11.3.f",
            "ca.s11.3.g"),
        criteria(laws, "ca-s211"));
    assertEquals(
        List.of("uk.s54.5.a", "uk.s54.5.b", "uk.s54.5.c", "uk.s54.5.d", "uk.s54.5.e", "uk.s54.5.f"),
        criteria(laws, "uk-msa"));
    assertEquals(5, criteria(laws, "us-far").size());
  }

  @Test
  void aCriterionPointingAtAnUnknownQuestionStopsTheLoad() throws Exception {
    LawFiles files = new LawFiles();
    String path = "laws/uk-msa.yaml";
    files.replace(path, files.original(path).replace("[e2.q1]", "[e2.q99]"));
    LawException e = assertThrows(LawException.class, () -> LawLoader.load(files, QUESTIONS));
    assertTrue(e.getMessage().contains("laws/uk-msa.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("e2.q99"), e.getMessage());
  }

  @Test
  void aMissingTranslationStopsTheLoad() throws Exception {
    LawFiles files = new LawFiles();
    String path = "laws/ca-s211.yaml";
    String line =
        "      ms: Latihan yang diberikan kepada pekerja tentang buruh paksa dan buruh"
            + " kanak-kanak\n";
    assertTrue(files.original(path).contains(line));
    files.replace(path, files.original(path).replace(line, ""));
    LawException e = assertThrows(LawException.class, () -> LawLoader.load(files, QUESTIONS));
    assertTrue(e.getMessage().contains("ca.s11.3.f"), e.getMessage());
    assertTrue(e.getMessage().contains("en, es, fr and ms"), e.getMessage());
  }

  @Test
  void aMalformedFileOrMonthStopsTheLoad() throws Exception {
    LawFiles files = new LawFiles();
    String path = "laws/no-transparency.yaml";
    files.replace(path, files.original(path).replace("verified: 2026-12", "verified: Dec 2026"));
    LawException month = assertThrows(LawException.class, () -> LawLoader.load(files, QUESTIONS));
    assertTrue(month.getMessage().contains("verified"), month.getMessage());
    LawFiles broken = new LawFiles().replace("laws/eu-flr.yaml", "id: eu-flr\nname: [");
    LawException yaml = assertThrows(LawException.class, () -> LawLoader.load(broken, QUESTIONS));
    assertTrue(yaml.getMessage().contains("laws/eu-flr.yaml"), yaml.getMessage());
  }

  private static List<String> criteria(List<Law> laws, String id) {
    return laws.stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow()
        .criteria()
        .stream()
        .map(Law.Criterion::id)
        .toList();
  }
}
