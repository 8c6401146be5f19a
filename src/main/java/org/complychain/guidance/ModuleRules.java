package org.complychain.guidance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.complychain.guidance.GuidanceModule.Citation;
import org.complychain.guidance.GuidanceModule.Example;
import org.complychain.guidance.GuidanceModule.Kind;
import org.complychain.guidance.GuidanceModule.Question;
import org.complychain.guidance.GuidanceModule.Resource;
import org.complychain.guidance.GuidanceModule.Topic;

/** What a well-formed module looks like, and what the four languages must share. */
final class ModuleRules {

  private static final Pattern VERIFIED = Pattern.compile("20[0-9]{2}-(0[1-9]|1[0-2])");

  private ModuleRules() {}

  /** Sections left out of a file count as empty, so the counts below report them. */
  static GuidanceModule normalise(GuidanceModule m) {
    return new GuidanceModule(
        m.id(),
        m.kind(),
        m.number(),
        m.title(),
        m.summary(),
        orEmpty(m.objectives()),
        orEmpty(m.terms()),
        orEmpty(m.topics()).stream()
            .map(t -> new Topic(t.id(), t.title(), t.body(), orEmpty(t.sources())))
            .toList(),
        orEmpty(m.examples()).stream()
            .map(x -> new Example(x.id(), x.title(), x.body(), x.fictional(), orEmpty(x.sources())))
            .toList(),
        orEmpty(m.resources()).stream()
            .map(r -> new Resource(r.id(), r.name(), r.description(), orEmpty(r.sources())))
            .toList(),
        orEmpty(m.questions()).stream()
            .map(q -> new Question(q.id(), q.text(), q.help(), q.evidence(), orEmpty(q.actions())))
            .toList());
  }

  static void check(String path, String expectedId, GuidanceModule m) {
    if (!expectedId.equals(m.id())) {
      fail(path, "id", "is '" + m.id() + "' but the file is for '" + expectedId + "'");
    }
    Kind kind = expectedId.startsWith("e") ? Kind.element : Kind.intro;
    if (m.kind() != kind) {
      fail(path, "kind", "must be '" + kind + "'");
    }
    int number = Integer.parseInt(expectedId.substring(1));
    if (m.number() != number) {
      fail(path, "number", "must be " + number);
    }
    text(path, "title", m.title());
    text(path, "summary", m.summary());
    boolean element = kind == Kind.element;

    section(path, "objectives", m.objectives(), 3, 7, m.id() + ".o", o -> o.id());
    m.objectives()
        .forEach(o -> text(path, item("objectives", m.objectives(), o, "text"), o.text()));

    section(path, "terms", m.terms(), element ? 1 : 0, 12, m.id() + ".k", t -> t.id());
    for (var t : m.terms()) {
      text(path, item("terms", m.terms(), t, "term"), t.term());
      text(path, item("terms", m.terms(), t, "definition"), t.definition());
    }

    section(path, "topics", m.topics(), element ? 3 : 1, 14, m.id() + ".t", t -> t.id());
    for (var t : m.topics()) {
      text(path, item("topics", m.topics(), t, "title"), t.title());
      text(path, item("topics", m.topics(), t, "body"), t.body());
      citations(path, item("topics", m.topics(), t, "sources"), t.sources());
    }

    section(path, "examples", m.examples(), element ? 1 : 0, 10, m.id() + ".x", x -> x.id());
    for (var x : m.examples()) {
      text(path, item("examples", m.examples(), x, "title"), x.title());
      text(path, item("examples", m.examples(), x, "body"), x.body());
      citations(path, item("examples", m.examples(), x, "sources"), x.sources());
    }

    section(path, "resources", m.resources(), 1, 12, m.id() + ".r", r -> r.id());
    for (var r : m.resources()) {
      text(path, item("resources", m.resources(), r, "name"), r.name());
      text(path, item("resources", m.resources(), r, "description"), r.description());
      citations(path, item("resources", m.resources(), r, "sources"), r.sources());
    }

    section(
        path,
        "questions",
        m.questions(),
        element ? 5 : 0,
        element ? 10 : 0,
        m.id() + ".q",
        q -> q.id());
    for (var q : m.questions()) {
      String at = item("questions", m.questions(), q, "");
      text(path, at + "text", q.text());
      text(path, at + "help", q.help());
      text(path, at + "evidence", q.evidence());
      section(path, at + "actions", q.actions(), 1, 3, q.id() + ".a", a -> a.id());
      q.actions().forEach(a -> text(path, item(at + "actions", q.actions(), a, "text"), a.text()));
    }
  }

  /** Every language has the same items with the same ids in the same order as English. */
  static void checkParity(Map<String, List<GuidanceModule>> languages) {
    List<GuidanceModule> english = languages.get("en");
    languages.forEach(
        (lang, modules) -> {
          for (int i = 0; i < modules.size(); i++) {
            GuidanceModule en = english.get(i);
            GuidanceModule other = modules.get(i);
            String path = "guidance/" + lang + "/" + other.id() + ".yaml";
            same(
                path,
                "objectives",
                ids(en.objectives(), o -> o.id()),
                ids(other.objectives(), o -> o.id()));
            same(path, "terms", ids(en.terms(), t -> t.id()), ids(other.terms(), t -> t.id()));
            same(path, "topics", ids(en.topics(), t -> t.id()), ids(other.topics(), t -> t.id()));
            same(
                path,
                "examples",
                ids(en.examples(), x -> x.id()),
                ids(other.examples(), x -> x.id()));
            same(
                path,
                "resources",
                ids(en.resources(), r -> r.id()),
                ids(other.resources(), r -> r.id()));
            same(
                path,
                "questions",
                ids(en.questions(), q -> q.id()),
                ids(other.questions(), q -> q.id()));
            for (int t = 0; t < en.topics().size(); t++) {
              sameCitations(
                  path,
                  "topics[" + t + "]",
                  en.topics().get(t).sources(),
                  other.topics().get(t).sources());
            }
            for (int x = 0; x < en.examples().size(); x++) {
              sameCitations(
                  path,
                  "examples[" + x + "]",
                  en.examples().get(x).sources(),
                  other.examples().get(x).sources());
              if (en.examples().get(x).fictional() != other.examples().get(x).fictional()) {
                fail(path, "examples[" + x + "].fictional", "differs from English");
              }
            }
            for (int r = 0; r < en.resources().size(); r++) {
              sameCitations(
                  path,
                  "resources[" + r + "]",
                  en.resources().get(r).sources(),
                  other.resources().get(r).sources());
            }
            for (int q = 0; q < en.questions().size(); q++) {
              same(
                  path,
                  "questions[" + q + "].actions",
                  ids(en.questions().get(q).actions(), a -> a.id()),
                  ids(other.questions().get(q).actions(), a -> a.id()));
            }
          }
        });
  }

  private static void citations(String path, String field, List<Citation> sources) {
    Set<String> claims = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      Citation c = sources.get(i);
      String at = field + "[" + i + "].";
      if (c == null) {
        fail(path, field + "[" + i + "]", "is empty");
      }
      text(path, at + "claim", c.claim());
      text(path, at + "source", c.source());
      if (c.verified() == null || !VERIFIED.matcher(c.verified()).matches()) {
        fail(path, at + "verified", "is '" + c.verified() + "'; expected a month as YYYY-MM");
      }
      if (!claims.add(c.claim())) {
        fail(path, at + "claim", "repeats " + c.claim());
      }
    }
  }

  /** Translations may rename a source, but cite the same claims verified in the same month. */
  private static void sameCitations(
      String path, String field, List<Citation> english, List<Citation> other) {
    same(
        path,
        field + ".sources",
        ids(english, c -> c.claim() + "@" + c.verified()),
        ids(other, c -> c.claim() + "@" + c.verified()));
  }

  private static <T> void section(
      String path,
      String field,
      List<T> items,
      int min,
      int max,
      String idPrefix,
      Function<T, String> id) {
    if (items.size() < min || items.size() > max) {
      fail(path, field, "has " + items.size() + " items; expected " + min + " to " + max);
    }
    Pattern pattern = Pattern.compile(Pattern.quote(idPrefix) + "[1-9][0-9]*");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      String at = field + "[" + i + "].id";
      if (value == null || !pattern.matcher(value).matches()) {
        fail(path, at, "is '" + value + "'; expected " + idPrefix + "<number>");
      }
      if (!seen.add(value)) {
        fail(path, at, "repeats " + value);
      }
    }
  }

  private static <T> String item(String field, List<T> items, T item, String name) {
    return field + "[" + items.indexOf(item) + "]" + (name.isEmpty() ? "." : "." + name);
  }

  private static void text(String path, String field, String value) {
    if (value == null || value.isBlank()) {
      fail(path, field, "is empty");
    }
  }

  private static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).toList();
  }

  private static void same(String path, String field, List<String> english, List<String> other) {
    if (!Objects.equals(english, other)) {
      fail(path, field, "ids " + other + " differ from English " + english);
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static void fail(String path, String field, String problem) {
    throw new GuidanceException(path + ": " + field + " " + problem);
  }
}
