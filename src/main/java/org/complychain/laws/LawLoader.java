package org.complychain.laws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads every law file and checks it, so that the application refuses to start on a malformed one
 * and names the file and the field.
 */
public final class LawLoader {

  /** The laws we cover, in the order the result page lists them. */
  public static final List<String> LAW_IDS =
      List.of(
          "uk-msa",
          "au-msa",
          "ca-s211",
          "us-far",
          "us-uflpa",
          "eu-flr",
          "eu-csddd",
          "de-lksg",
          "no-transparency");

  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final Pattern CRITERION_ID = Pattern.compile("[a-z]{2}(\\.[a-z0-9]+)+");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** Where the files come from: the classpath in the app, a folder in tests. */
  @FunctionalInterface
  public interface Source {
    /** The bytes of {@code laws/<id>.yaml}, or null when missing. */
    byte[] read(String path) throws IOException;
  }

  private LawLoader() {}

  /** Every law, checked; {@code questionIds} are the key questions the criteria may point at. */
  public static List<Law> load(Source source, Set<String> questionIds) {
    List<Law> laws = new ArrayList<>();
    for (String id : LAW_IDS) {
      String path = "laws/" + id + ".yaml";
      Law law = parse(path, read(source, path));
      check(path, id, law, questionIds);
      laws.add(law);
    }
    return List.copyOf(laws);
  }

  private static byte[] read(Source source, String path) {
    try {
      byte[] bytes = source.read(path);
      if (bytes == null) {
        throw new LawException(path + ": file is missing");
      }
      return bytes;
    } catch (IOException e) {
      throw new LawException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static Law parse(String path, byte[] bytes) {
    try {
      return YAML.readValue(bytes, Law.class);
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new LawException(path + ": " + e.getOriginalMessage() + line, e);
    } catch (IOException e) {
      throw new LawException(path + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  static void check(String path, String id, Law law, Set<String> questionIds) {
    require(path, "id", id.equals(law.id()), "must be " + id);
    text(path, "name", law.name());
    require(path, "jurisdiction", present(law.jurisdiction()), "is missing");
    require(
        path,
        "officialText",
        present(law.officialText()) && law.officialText().startsWith("https://"),
        "must be an https link");
    require(
        path,
        "verified",
        law.verified() != null && MONTH.matcher(law.verified()).matches(),
        "must be a month written YYYY-MM");
    if (law.appliesFrom() != null) {
      try {
        LocalDate.parse(law.appliesFrom());
      } catch (DateTimeParseException e) {
        throw new LawException(path + ": appliesFrom must be a date written YYYY-MM-DD");
      }
    }
    require(path, "routes", law.routes() != null && !law.routes().isEmpty(), "are missing");
    for (int i = 0; i < law.routes().size(); i++) {
      route(path, "routes[" + i + "]", law.routes().get(i));
    }
    require(path, "criteria", law.criteria() != null && !law.criteria().isEmpty(), "are missing");
    Set<String> seen = new HashSet<>();
    for (Law.Criterion c : law.criteria()) {
      String field = "criteria[" + c.id() + "]";
      require(path, field, c.id() != null && CRITERION_ID.matcher(c.id()).matches(), "bad id");
      require(path, field, seen.add(c.id()), "id used twice");
      require(path, field + ".ref", present(c.ref()), "is missing");
      text(path, field + ".text", c.text());
      for (String q : questions(c)) {
        require(path, field + ".questions", questionIds.contains(q), q + " is no key question");
      }
    }
    if (law.statement() || law.signature() != null) {
      text(path, "signature", law.signature());
    }
    if (law.note() != null) {
      text(path, "note", law.note());
    }
  }

  private static void route(String path, String field, Law.Route route) {
    require(path, field + ".nexus", route.nexus() != null && !route.nexus().isEmpty(), "empty");
    for (String n : route.nexus()) {
      require(path, field + ".nexus", Nexus.parse(n).isPresent(), n + " is not kind:PLACE");
    }
    if (route.unless() != null) {
      for (String n : route.unless()) {
        require(path, field + ".unless", Nexus.parse(n).isPresent(), n + " is not kind:PLACE");
      }
    }
    List<Law.Threshold> thresholds = route.thresholds() == null ? List.of() : route.thresholds();
    require(
        path,
        field + ".needed",
        route.needed() >= 0 && route.needed() <= thresholds.size(),
        "must be between 0 and the number of thresholds");
    require(path, field + ".outcome", route.outcome() != null, "is missing");
    for (Law.Threshold t : thresholds) {
      require(path, field + ".thresholds", t.measure() != null, "measure missing");
      require(path, field + ".thresholds", t.amount() > 0, "amount must be positive");
      boolean money = t.measure() != Law.Measure.employees;
      require(
          path,
          field + ".thresholds",
          money == (t.currency() != null && CURRENCY.matcher(t.currency()).matches()),
          "money needs a currency code, a head count none");
      require(
          path,
          field + ".thresholds",
          t.confirmedAbove() == null || t.confirmedAbove() > t.amount(),
          "confirmedAbove must be above amount");
    }
  }

  static List<String> questions(Law.Criterion c) {
    return c.questions() == null ? List.of() : c.questions();
  }

  private static void text(String path, String field, LawText text) {
    require(path, field, text != null && text.complete(), "needs en, es, fr and ms");
  }

  private static void require(String path, String field, boolean ok, String problem) {
    if (!ok) {
      throw new LawException(path + ": " + field + " " + problem);
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
