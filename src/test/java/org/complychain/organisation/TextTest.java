package org.complychain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void invisibleFormatCharactersAreDroppedFromTypedText() {
    assertEquals("Northwind", Text.line("North\u200bwind\u200d"));
    assertEquals("company", Text.line("\u202ecompany\u202c"));
    assertEquals("two\nlines", Text.lines("two\u2060\nlines\ufeff"));
  }

  @Test
  void identitiesAreNormalisedAndKeepFormatCharactersForRefusal() {
    assertEquals("loner", Text.identity(" \uff4c\uff4f\uff4e\uff45\uff52 "));
    assertEquals("company\u200b", Text.identity("company\u200b"));
    assertTrue(Text.hasFormat(Text.identity("company\u200b")));
    assertTrue(Text.hasFormat("\u202eadmin"));
    assertFalse(Text.hasFormat(Text.identity("Buyer@Example.com")));
  }
}
