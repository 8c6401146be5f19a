package org.complychain.laws;

/** One piece of law data written in the four languages; the loader refuses a blank one. */
public record LawText(String en, String es, String fr, String ms) {

  public String in(String lang) {
    return switch (lang) {
      case "es" -> es;
      case "fr" -> fr;
      case "ms" -> ms;
      default -> en;
    };
  }

  boolean complete() {
    return present(en) && present(es) && present(fr) && present(ms);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
