package org.complychain.guidance;

import java.util.List;

/**
 * One module of guidance in one language, as written in {@code i18n/guidance/<lang>/<id>.yaml}: an
 * introductory module or one of the eight elements.
 */
public record GuidanceModule(
    String id,
    Kind kind,
    int number,
    String title,
    String summary,
    List<Objective> objectives,
    List<Term> terms,
    List<Topic> topics,
    List<Example> examples,
    List<Resource> resources,
    List<Question> questions) {

  /** Introductory module or element of the compliance system. */
  public enum Kind {
    intro,
    element
  }

  public record Objective(String id, String text) {}

  public record Term(String id, String term, String definition) {}

  public record Topic(String id, String title, String body) {
    public List<Block> blocks() {
      return Block.parse(body);
    }

    /** The last part of the id, used in addresses: {@code e2.t3} → {@code t3}. */
    public String slug() {
      return id.substring(id.indexOf('.') + 1);
    }
  }

  public record Example(String id, String title, String body) {
    public List<Block> blocks() {
      return Block.parse(body);
    }
  }

  public record Resource(String id, String name, String description) {}

  public record Question(
      String id, String text, String help, String evidence, List<Action> actions) {}

  public record Action(String id, String text) {}

  public boolean element() {
    return kind == Kind.element;
  }
}
