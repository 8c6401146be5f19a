package org.complychain.risk;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.complychain.risk.ImportProblem.Kind;

/**
 * Reads ILAB's two XML files (the shape of its Sweat &amp; Toil data) into facts: good–country
 * pairs with their flags, and each country's region and advancement level. Streaming (StAX), so the
 * findings' prose passes by without being kept. Every problem names its file, line and element; the
 * import fails on any.
 */
public final class IlabImporter {

  public static final String GOODS_FILE = "list-of-goods.xml";
  public static final String FINDINGS_FILE = "country-findings.xml";

  /** More than this and the file is not worth listing line by line. */
  static final int MAX_PROBLEMS = 50;

  private static final Set<String> GOOD_FIELDS = Set.of("Good_Name", "Good_Sector");
  private static final Set<String> PAIR_FIELDS =
      Set.of(
          "Country_Name",
          "Country_Region",
          "Child_Labor",
          "Forced_Labor",
          "Forced_Child_Labor",
          "Derived_Labor_Exploitation");
  private static final Set<String> FINDING_FIELDS = Set.of("Name", "Region", "Advancement_Level");

  private final List<ImportProblem> problems = new ArrayList<>();

  private IlabImporter() {}

  /** Reads both files; throws with every problem found when anything is wrong. */
  public static EditionData read(
      InputStream goods, InputStream findings, int listYear, int findingsYear)
      throws IlabFormatException, IOException {
    IlabImporter importer = new IlabImporter();
    List<Listing> listings = importer.listings(goods);
    List<CountryFinding> countries = importer.findings(findings);
    if (!importer.problems.isEmpty()) {
      throw new IlabFormatException(importer.problems);
    }
    return new EditionData(listYear, findingsYear, EditionData.ILAB_SOURCE, listings, countries);
  }

  /** A leaf element's text and the line it started on. */
  private record Field(String text, int line) {}

  private List<Listing> listings(InputStream in) throws IOException {
    Map<String, Listing> pairs = new LinkedHashMap<>();
    Map<String, Field> good = new HashMap<>();
    Map<String, Field> pair = new HashMap<>();
    walk(
        in,
        GOODS_FILE,
        "Goods",
        (path, field, line) -> {
          if (field != null) {
            if (path.equals("Goods/Good/" + field.name) && GOOD_FIELDS.contains(field.name)) {
              good.put(field.name, field.value);
            } else if (path.equals("Goods/Good/Countries/Country/" + field.name)
                && PAIR_FIELDS.contains(field.name)) {
              pair.put(field.name, field.value);
            }
          } else if (path.equals("Goods/Good/Countries/Country")) {
            listing(good, pair, line)
                .ifPresent(
                    l -> {
                      if (pairs.putIfAbsent(l.pair(), l) != null) {
                        problem(GOODS_FILE, line, "Country", Kind.DUPLICATE, l.pair());
                      }
                    });
            pair.clear();
          } else if (path.equals("Goods/Good")) {
            good.clear();
          }
        });
    if (pairs.isEmpty() && problems.isEmpty()) {
      problem(GOODS_FILE, 1, "Goods", Kind.EMPTY, "");
    }
    return List.copyOf(pairs.values());
  }

  private List<CountryFinding> findings(InputStream in) throws IOException {
    Map<String, CountryFinding> countries = new LinkedHashMap<>();
    Map<String, Field> country = new HashMap<>();
    walk(
        in,
        FINDINGS_FILE,
        "Countries",
        (path, field, line) -> {
          if (field != null) {
            if (path.equals("Countries/Country/" + field.name)
                && FINDING_FIELDS.contains(field.name)) {
              country.put(field.name, field.value);
            }
          } else if (path.equals("Countries/Country")) {
            finding(country, line)
                .ifPresent(
                    f -> {
                      if (countries.putIfAbsent(f.countryCode(), f) != null) {
                        problem(FINDINGS_FILE, line, "Country", Kind.DUPLICATE, f.countryCode());
                      }
                    });
            country.clear();
          }
        });
    if (countries.isEmpty() && problems.isEmpty()) {
      problem(FINDINGS_FILE, 1, "Countries", Kind.EMPTY, "");
    }
    return List.copyOf(countries.values());
  }

  private Optional<Listing> listing(Map<String, Field> good, Map<String, Field> pair, int line) {
    Optional<String> name = required(good, "Good_Name", GOODS_FILE, line, Function.identity());
    Optional<Sector> sector =
        required(good, "Good_Sector", GOODS_FILE, line, Sector::fromIlab, Kind.UNKNOWN_SECTOR);
    Optional<String> code =
        required(pair, "Country_Name", GOODS_FILE, line, IlabCountries::code, Kind.UNKNOWN_COUNTRY);
    Optional<Region> region =
        required(pair, "Country_Region", GOODS_FILE, line, Region::fromIlab, Kind.UNKNOWN_REGION);
    Optional<Boolean> child = yesNo(pair, "Child_Labor", line, true);
    Optional<Boolean> forced = yesNo(pair, "Forced_Labor", line, true);
    Optional<Boolean> forcedChild = yesNo(pair, "Forced_Child_Labor", line, true);
    // Older editions do not have this flag: absent means no.
    Optional<Boolean> derived = yesNo(pair, "Derived_Labor_Exploitation", line, false);
    if (name.isEmpty()
        || sector.isEmpty()
        || code.isEmpty()
        || region.isEmpty()
        || child.isEmpty()
        || forced.isEmpty()
        || forcedChild.isEmpty()
        || derived.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Listing(
            GoodKeys.of(name.get()),
            name.get(),
            sector.get(),
            code.get(),
            region.get(),
            child.get(),
            forced.get(),
            forcedChild.get(),
            derived.get()));
  }

  private Optional<CountryFinding> finding(Map<String, Field> country, int line) {
    Optional<String> code =
        required(country, "Name", FINDINGS_FILE, line, IlabCountries::code, Kind.UNKNOWN_COUNTRY);
    Optional<Region> region =
        required(country, "Region", FINDINGS_FILE, line, Region::fromIlab, Kind.UNKNOWN_REGION);
    Field level = country.get("Advancement_Level");
    Optional<Advancement> advancement =
        level != null && level.text.isBlank()
            ? Optional.of(Advancement.NOT_COVERED)
            : required(
                country,
                "Advancement_Level",
                FINDINGS_FILE,
                line,
                Advancement::fromIlab,
                Kind.UNKNOWN_ADVANCEMENT);
    if (code.isEmpty() || region.isEmpty() || advancement.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CountryFinding(code.get(), region.get(), advancement.get()));
  }

  private Optional<Boolean> yesNo(
      Map<String, Field> fields, String name, int line, boolean needed) {
    Field field = fields.get(name);
    if (field == null && !needed) {
      return Optional.of(false);
    }
    return required(
        fields,
        name,
        GOODS_FILE,
        line,
        text ->
            switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
              case "yes" -> Optional.of(true);
              case "no" -> Optional.of(false);
              default -> Optional.empty();
            },
        Kind.NOT_YES_NO);
  }

  private Optional<String> required(
      Map<String, Field> fields,
      String name,
      String file,
      int line,
      Function<String, String> tidy) {
    Field field = fields.get(name);
    if (field == null || field.text.isBlank()) {
      problem(file, field == null ? line : field.line, name, Kind.MISSING, "");
      return Optional.empty();
    }
    return Optional.of(tidy.apply(field.text.strip()));
  }

  private <T> Optional<T> required(
      Map<String, Field> fields,
      String name,
      String file,
      int line,
      Function<String, Optional<T>> parse,
      Kind unknown) {
    Field field = fields.get(name);
    if (field == null || field.text.isBlank()) {
      problem(file, field == null ? line : field.line, name, Kind.MISSING, "");
      return Optional.empty();
    }
    Optional<T> value = parse.apply(field.text.strip());
    if (value.isEmpty()) {
      problem(file, field.line, name, unknown, field.text.strip());
    }
    return value;
  }

  private void problem(String file, int line, String element, Kind kind, String value) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new ImportProblem(file, line, element, kind, value));
    }
  }

  /** A leaf element that just ended: its name and text. */
  private record Leaf(String name, Field value) {}

  /** Told about every leaf (with its text) and every element that ends (leaf null). */
  private interface Visitor {
    void visit(String path, Leaf leaf, int line);
  }

  /**
   * Streams the file, calling the visitor with each ending element's slash-separated path. Text is
   * kept only for leaves, and only up to a bound, so the prose costs no memory.
   */
  private void walk(InputStream in, String file, String root, Visitor visitor) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // No DTDs, no external entities: an uploaded file never reaches beyond itself.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = null;
    List<String> path = new ArrayList<>();
    List<Integer> startLines = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int line = 1;
    try {
      xml = factory.createXMLStreamReader(in);
      while (xml.hasNext()) {
        int event = xml.next();
        line = xml.getLocation().getLineNumber();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (path.isEmpty() && !xml.getLocalName().equals(root)) {
              problem(file, line, xml.getLocalName(), Kind.WRONG_ROOT, root);
              return;
            }
            path.add(xml.getLocalName());
            startLines.add(line);
            text.setLength(0);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (text.length() < 2_000) {
              text.append(xml.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String joined = String.join("/", path);
            String name = path.remove(path.size() - 1);
            int started = startLines.remove(startLines.size() - 1);
            visitor.visit(joined, new Leaf(name, new Field(text.toString(), started)), started);
            visitor.visit(joined, null, started);
            text.setLength(0);
          }
          default -> {}
        }
      }
    } catch (XMLStreamException e) {
      int at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
      String element = path.isEmpty() ? root : path.get(path.size() - 1);
      problem(file, at, element, Kind.NOT_XML, e.getMessage());
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // closing a reader that failed; the problem is already recorded
        }
      }
    }
  }
}
