package org.complychain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void explicitChoiceBeatsTheHeader() {
    assertEquals("fr", Languages.resolve("fr", "ms, es;q=0.8").getLanguage());
  }

  @Test
  void bestMatchIsFoundAmongAllHeaderEntriesByWeight() {
    assertEquals(
        "ms", Languages.resolve(null, "de-DE, zh;q=0.9, ms-MY;q=0.8, fr;q=0.5").getLanguage());
    assertEquals("es", Languages.resolve(null, "fr;q=0.2, es-419;q=0.7").getLanguage());
  }

  @Test
  void unknownOrMalformedInputFallsBackToEnglish() {
    assertEquals("en", Languages.resolve("xx", "de, ja").getLanguage());
    assertEquals("en", Languages.resolve(null, ";;;q=oops").getLanguage());
    assertEquals("en", Languages.resolve(null, null).getLanguage());
    assertEquals("en", Languages.resolve(null, "ms;q=0").getLanguage());
  }

  @Test
  void anUnsupportedCookieIsIgnoredInFavourOfTheHeader() {
    assertEquals("ms", Languages.resolve("klingon", "ms").getLanguage());
  }
}
