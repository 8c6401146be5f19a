package org.complychain.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void anyRequestedPageLandsOnARealOne() {
    assertEquals(1, Paging.of(null, 120, "/h?page=", "").number());
    assertEquals(1, Paging.of("abc", 120, "/h?page=", "").number());
    assertEquals(1, Paging.of("-4", 120, "/h?page=", "").number());
    assertEquals(1, Paging.of("0", 120, "/h?page=", "").number());
    assertEquals(3, Paging.of("7", 120, "/h?page=", "").number());
    assertEquals(3, Paging.of("99999999999999999999", 120, "/h?page=", "").number());
    assertEquals(1, Paging.of("5", 0, "/h?page=", "").number());
  }

  @Test
  void aPageSaysWhichRowsItShowsAndWhereTheOthersAre() {
    Paging second = Paging.of("2", 120, "/h?page=", "#list");
    assertEquals(50, second.offset());
    assertEquals(51, second.from());
    assertEquals(100, second.to());
    assertEquals("/h?page=1#list", second.previousHref());
    assertEquals("/h?page=3#list", second.nextHref());
    Paging last = Paging.of("3", 120, "/h?page=", "");
    assertEquals(120, last.to());
    assertFalse(last.hasNext());
    assertTrue(last.hasPrevious());
    assertEquals(0, Paging.of("1", 0, "/h?page=", "").from());
    assertFalse(Paging.of("1", 50, "/h?page=", "").several());
  }
}
