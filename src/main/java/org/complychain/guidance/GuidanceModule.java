package org.complychain.guidance;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.YearMonth;
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

  public record Topic(
      String id,
      String title,
      String body,
      @JacksonInject(value = GuidanceLoader.NO_SOURCES, useInput = OptBoolean.TRUE)
          List<Citation> sources) {
    public List<Block> blocks() {
      return Block.parse(body);
    }

    /** The last part of the id, used in addresses: {@code e2.t3} → {@code t3}. */
    public String slug() {
      return id.substring(id.indexOf('.') + 1);
    }
  }

  /** A worked example; a fictional one (an invented company) makes no claim about the world. */
  public record Example(
      String id,
      String title,
      String body,
      @JacksonInject(value = GuidanceLoader.NOT_FICTIONAL, useInput = OptBoolean.TRUE)
          boolean fictional,
      @JacksonInject(value = GuidanceLoader.NO_SOURCES, useInput = OptBoolean.TRUE)
          List<Citation> sources) {
    public List<Block> blocks() {
      return Block.parse(body);
    }
  }

  public record Resource(
      String id,
      String name,
      String description,
      @JacksonInject(value = GuidanceLoader.NO_SOURCES, useInput = OptBoolean.TRUE)
          List<Citation> sources) {}

  /**
   * The primary source behind a legal or statistical claim, and the month someone last checked the
   * claim against it. The claim id and the month are the same in every language; the source's name
   * may be translated.
   */
  public record Citation(String claim, String source, String verified) {

    /** The verified month; the loader has already checked its format. */
    public YearMonth month() {
      return YearMonth.parse(verified);
    }
  }

  public record Question(
      String id, String text, String help, String evidence, List<Action> actions) {}

  public record Action(String id, String text) {}

  public boolean element() {
    return kind == Kind.element;
  }
}
