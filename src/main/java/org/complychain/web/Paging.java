package org.complychain.web;

import io.quarkus.qute.TemplateData;

/**
 * One page of a long list: which rows it shows and where the previous and next pages are. A page
 * number that is missing, not a number, below one or past the end answers the nearest real page, so
 * an edited or outdated link still lands somewhere sensible.
 *
 * @param href the page's address up to the page number ({@code /audit?decided=})
 * @param anchor appended after the number ({@code #decided}), or empty
 */
@TemplateData
public record Paging(int number, int size, long total, String href, String anchor) {

  /** Rows per page of every paged list. */
  public static final int SIZE = 50;

  public static Paging of(String requested, long total, String href, String anchor) {
    return of(requested, total, SIZE, href, anchor);
  }

  public static Paging of(String requested, long total, int size, String href, String anchor) {
    int last = (int) Math.max(1, (total + size - 1) / size);
    return new Paging(Math.min(parse(requested), last), size, total, href, anchor);
  }

  /** Past the end (however far) is the last page; anything but a number is the first. */
  private static int parse(String requested) {
    String digits = requested == null ? "" : requested.trim();
    if (!digits.matches("\\d+")) {
      return 1;
    }
    return digits.length() > 9 ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(digits));
  }

  /** The first row of the page, counted from 0, as a query's offset. */
  public int offset() {
    return (number - 1) * size;
  }

  /** The first and last row shown, counted from 1 as people do. */
  public long from() {
    return total == 0 ? 0 : offset() + 1L;
  }

  public long to() {
    return Math.min((long) offset() + size, total);
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return to() < total;
  }

  /** Whether there is more than one page, so that the links are worth showing. */
  public boolean several() {
    return total > size;
  }

  public String previousHref() {
    return href + (number - 1) + anchor;
  }

  public String nextHref() {
    return href + (number + 1) + anchor;
  }
}
