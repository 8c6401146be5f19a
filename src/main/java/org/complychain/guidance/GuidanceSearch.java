package org.complychain.guidance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Full-text search over one language's guidance. Accents and case do not matter: text and query are
 * folded the same way, and a position map keeps snippets in the original spelling.
 */
public final class GuidanceSearch {

  public static final int MAX_QUERY_LENGTH = 200;
  private static final int MAX_TERMS = 8;

  /** Results per page; every result is counted, and the pages reach all of them. */
  public static final int PAGE_SIZE = 20;

  private static final int SNIPPET_BEFORE = 70;
  private static final int SNIPPET_AFTER = 150;

  /** A piece of a snippet; {@code match} pieces are highlighted. */
  public record Segment(String text, boolean match) {}

  public record Hit(String title, String context, String href, List<Segment> snippet, int score) {}

  /**
   * One page of what the search found: {@code hits} are this page's, {@code total} counts them all.
   * {@code problem} explains why nothing could be searched.
   */
  public record Results(String query, List<Hit> hits, int total, int page, Problem problem) {

    static Results none(String query, Problem problem) {
      return new Results(query, List.of(), 0, 1, problem);
    }

    public boolean empty() {
      return hits.isEmpty();
    }

    public int pages() {
      return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page < pages();
    }

    /** The position of this page's first hit in the whole list, counted from 1. */
    public int first() {
      return (page - 1) * PAGE_SIZE + 1;
    }

    public String previousHref() {
      return href(page - 1);
    }

    public String nextHref() {
      return href(page + 1);
    }

    private String href(int to) {
      return "/guidance/search?q="
          + URLEncoder.encode(query, StandardCharsets.UTF_8)
          + "&page="
          + to;
    }
  }

  public enum Problem {
    NONE,
    EMPTY,
    TOO_LONG,
    NO_WORDS
  }

  private record Document(String title, String context, String href, Folded title_, Folded body) {}

  private final List<Document> documents = new ArrayList<>();

  GuidanceSearch(List<GuidanceModule> modules) {
    for (GuidanceModule m : modules) {
      String moduleHref = "/guidance/" + m.id();
      add(m.title(), "", moduleHref, m.summary());
      for (var t : m.topics()) {
        add(t.title(), m.title(), moduleHref + "/" + t.slug(), t.body());
      }
      for (var t : m.terms()) {
        add(t.term(), m.title(), "/guidance/glossary#" + t.id(), t.definition());
      }
      for (var x : m.examples()) {
        add(x.title(), m.title(), moduleHref + "#" + x.id(), x.body());
      }
      for (var q : m.questions()) {
        add(q.text(), m.title(), moduleHref + "#" + q.id(), q.help() + " " + q.evidence());
      }
    }
  }

  private void add(String title, String context, String href, String body) {
    documents.add(new Document(title, context, href, Folded.of(title), Folded.of(body)));
  }

  /** The first page of results. */
  public Results search(String rawQuery) {
    return search(rawQuery, 1);
  }

  /** One page of results; a page past the last one shows the last one. */
  public Results search(String rawQuery, int page) {
    String query = rawQuery == null ? "" : rawQuery.strip();
    if (query.isEmpty()) {
      return Results.none("", Problem.EMPTY);
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      return Results.none(query.substring(0, MAX_QUERY_LENGTH), Problem.TOO_LONG);
    }
    List<String> terms =
        Arrays.stream(Folded.fold(query).split("[^\\p{L}\\p{N}]+"))
            .filter(t -> t.length() >= 2)
            .distinct()
            .limit(MAX_TERMS)
            .toList();
    if (terms.isEmpty()) {
      return Results.none(query, Problem.NO_WORDS);
    }
    List<Hit> hits = rank(terms, true);
    if (hits.isEmpty() && terms.size() > 1) {
      hits = rank(terms, false);
    }
    int pages = Math.max(1, (hits.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(page, 1), pages);
    int from = (shown - 1) * PAGE_SIZE;
    List<Hit> onPage = List.copyOf(hits.subList(from, Math.min(hits.size(), from + PAGE_SIZE)));
    return new Results(query, onPage, hits.size(), shown, Problem.NONE);
  }

  private List<Hit> rank(List<String> terms, boolean everyTerm) {
    List<Hit> hits = new ArrayList<>();
    for (Document d : documents) {
      int score = 0;
      int matched = 0;
      for (String term : terms) {
        int inTitle = d.title_().count(term);
        int inBody = d.body().count(term);
        if (inTitle + inBody > 0) {
          matched++;
        }
        score += inTitle * 10 + Math.min(inBody, 10);
      }
      if (matched > 0 && (!everyTerm || matched == terms.size())) {
        hits.add(
            new Hit(d.title(), d.context(), d.href(), snippet(d, terms), score + matched * 20));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::score).reversed());
    return hits;
  }

  private static List<Segment> snippet(Document d, List<String> terms) {
    Folded body = d.body();
    int first = -1;
    for (String term : terms) {
      int at = body.folded().indexOf(term);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    String text = body.original();
    if (first < 0) {
      return List.of(new Segment(shorten(text, SNIPPET_AFTER + SNIPPET_BEFORE), false));
    }
    int start = wordStart(text, Math.max(0, body.originalIndex(first) - SNIPPET_BEFORE));
    int end = wordEnd(text, Math.min(text.length(), body.originalIndex(first) + SNIPPET_AFTER));
    List<Segment> segments = new ArrayList<>();
    if (start > 0) {
      segments.add(new Segment("… ", false));
    }
    int cursor = start;
    int foldedCursor = body.foldedIndex(start);
    while (true) {
      int next = -1;
      String which = null;
      for (String term : terms) {
        int at = body.folded().indexOf(term, foldedCursor);
        if (at >= 0 && body.originalIndex(at) < end && (next < 0 || at < next)) {
          next = at;
          which = term;
        }
      }
      if (next < 0) {
        break;
      }
      // The whole word that contains the match is marked: "recruit" marks "recruitment".
      int from = Math.max(cursor, inWordStart(text, body.originalIndex(next)));
      int to = inWordEnd(text, body.originalIndex(next + which.length() - 1) + 1);
      if (from > cursor) {
        segments.add(new Segment(text.substring(cursor, from), false));
      }
      segments.add(new Segment(text.substring(from, to), true));
      cursor = to;
      foldedCursor = body.foldedIndex(to);
    }
    if (cursor < end) {
      segments.add(new Segment(text.substring(cursor, end), false));
    }
    if (end < text.length()) {
      segments.add(new Segment(" …", false));
    }
    return List.copyOf(segments);
  }

  private static boolean letterOrDigit(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static int inWordStart(String text, int index) {
    while (index > 0 && letterOrDigit(text.charAt(index - 1))) {
      index--;
    }
    return index;
  }

  private static int inWordEnd(String text, int index) {
    while (index < text.length() && letterOrDigit(text.charAt(index))) {
      index++;
    }
    return index;
  }

  private static int wordStart(String text, int index) {
    while (index > 0 && !Character.isWhitespace(text.charAt(index - 1))) {
      index--;
    }
    return index;
  }

  private static int wordEnd(String text, int index) {
    while (index < text.length() && !Character.isWhitespace(text.charAt(index))) {
      index++;
    }
    return index;
  }

  private static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, wordEnd(text, length)) + " …";
  }

  /**
   * Text folded for matching (no accents, lower case, one line) with a map back to the original.
   */
  record Folded(String original, String folded, int[] toOriginal) {

    static Folded of(String original) {
      String text = original.replaceAll("\\s+", " ").strip();
      StringBuilder folded = new StringBuilder(text.length());
      int[] map = new int[text.length() * 2 + 1];
      for (int i = 0; i < text.length(); i++) {
        String piece = fold(String.valueOf(text.charAt(i)));
        for (int k = 0; k < piece.length(); k++) {
          if (folded.length() >= map.length) {
            map = Arrays.copyOf(map, map.length * 2);
          }
          map[folded.length()] = i;
          folded.append(piece.charAt(k));
        }
      }
      return new Folded(text, folded.toString(), Arrays.copyOf(map, folded.length()));
    }

    static String fold(String s) {
      return Normalizer.normalize(s, Normalizer.Form.NFD)
          .replaceAll("\\p{M}+", "")
          .replace('’', '\'')
          .toLowerCase(Locale.ROOT);
    }

    int count(String term) {
      int n = 0;
      for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length())) {
        n++;
      }
      return n;
    }

    int originalIndex(int foldedIndex) {
      return toOriginal.length == 0 ? 0 : toOriginal[Math.min(foldedIndex, toOriginal.length - 1)];
    }

    int foldedIndex(int originalIndex) {
      for (int i = 0; i < toOriginal.length; i++) {
        if (toOriginal[i] >= originalIndex) {
          return i;
        }
      }
      return toOriginal.length;
    }
  }
}
