package org.complychain.guidance;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.complychain.guidance.GuidanceModule.Term;
import org.complychain.guidance.GuidanceModule.Topic;

/**
 * All guidance in all languages, immutable once loaded. Its version identifies the exact content a
 * plan was answered against.
 */
public final class Catalogue {

  /** A topic in reading order, with its neighbours across the whole guide. */
  public record TopicPage(GuidanceModule module, Topic topic, TopicLink previous, TopicLink next) {}

  public record TopicLink(String moduleId, String slug, String title) {
    public String href() {
      return "/guidance/" + moduleId + "/" + slug;
    }
  }

  public record GlossaryEntry(Term term, GuidanceModule module) {}

  private record Language(
      List<GuidanceModule> modules,
      Map<String, GuidanceModule> byId,
      List<TopicLink> readingOrder,
      List<GlossaryEntry> glossary,
      GuidanceSearch search) {}

  private final String version;
  private final Map<String, Language> languages = new LinkedHashMap<>();

  Catalogue(String version, Map<String, List<GuidanceModule>> modulesByLanguage) {
    this.version = version;
    modulesByLanguage.forEach((lang, modules) -> languages.put(lang, index(lang, modules)));
  }

  private static Language index(String lang, List<GuidanceModule> modules) {
    Map<String, GuidanceModule> byId = new LinkedHashMap<>();
    List<TopicLink> order = new ArrayList<>();
    List<GlossaryEntry> glossary = new ArrayList<>();
    for (GuidanceModule m : modules) {
      byId.put(m.id(), m);
      m.topics().forEach(t -> order.add(new TopicLink(m.id(), t.slug(), t.title())));
      m.terms().forEach(t -> glossary.add(new GlossaryEntry(t, m)));
    }
    Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
    collator.setStrength(Collator.SECONDARY);
    glossary.sort(Comparator.comparing(e -> e.term().term(), collator));
    return new Language(
        List.copyOf(modules),
        Map.copyOf(byId),
        List.copyOf(order),
        List.copyOf(glossary),
        new GuidanceSearch(modules));
  }

  public String version() {
    return version;
  }

  public List<GuidanceModule> modules(String lang) {
    return language(lang).modules();
  }

  public Optional<GuidanceModule> module(String lang, String id) {
    return Optional.ofNullable(language(lang).byId().get(id));
  }

  public Optional<TopicPage> topic(String lang, String moduleId, String slug) {
    List<TopicLink> order = language(lang).readingOrder();
    for (int i = 0; i < order.size(); i++) {
      TopicLink link = order.get(i);
      if (link.moduleId().equals(moduleId) && link.slug().equals(slug)) {
        GuidanceModule module = language(lang).byId().get(moduleId);
        Topic topic = module.topics().stream().filter(t -> t.slug().equals(slug)).findFirst().get();
        return Optional.of(
            new TopicPage(
                module,
                topic,
                i > 0 ? order.get(i - 1) : null,
                i < order.size() - 1 ? order.get(i + 1) : null));
      }
    }
    return Optional.empty();
  }

  public List<GlossaryEntry> glossary(String lang) {
    return language(lang).glossary();
  }

  public GuidanceSearch.Results search(String lang, String query) {
    return search(lang, query, 1);
  }

  public GuidanceSearch.Results search(String lang, String query, int page) {
    return language(lang).search().search(query, page);
  }

  /** Every key question id, in order: what plans store answers against. */
  public List<String> questionIds() {
    return modules("en").stream()
        .flatMap(m -> m.questions().stream())
        .map(GuidanceModule.Question::id)
        .toList();
  }

  private Language language(String lang) {
    Language language = languages.get(lang);
    if (language == null) {
      throw new IllegalArgumentException("No guidance in language " + lang);
    }
    return language;
  }
}
