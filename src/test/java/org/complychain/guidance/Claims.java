package org.complychain.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.complychain.guidance.GuidanceModule.Citation;

/**
 * Finds legal and statistical claims in guidance text: a figure of people, a share or a sum of
 * money, or the name of a law. Each such topic, example or resource must cite a source with the
 * month it was verified. A fictional company's figures are invented and claim nothing; the laws it
 * meets are real, so law names count everywhere.
 */
final class Claims {

  private static final String NUMBER = "\\d[\\d.,]*\\s?";

  private static final Pattern FIGURE =
      Pattern.compile(
          NUMBER
              + "(%|per ?cent|percent|por ciento|pour cent|peratus|million|millones|millions"
              + "|milliards?|juta|bilion|billion|bn\\b|mil millones"
              + "|(US |Australian |australiens |australianos )?(dollars|dólares|dolar|pounds"
              + "|libras|livres|paun|euros|ringgit))"
              + "|(€|£|\\$|US\\$|RM)\\s?\\d",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern LAW =
      Pattern.compile("CSDDD|LkSG|UFLPA|FAR 52\\.222-50|Modern Slavery Act|Tariff Act|S-211");

  private Claims() {}

  static boolean isClaim(String text, boolean fictional) {
    return LAW.matcher(text).find() || (!fictional && FIGURE.matcher(text).find());
  }

  /** Items of the module that make a claim but cite no source, as "lang id". */
  static List<String> uncited(String lang, GuidanceModule m) {
    List<String> offenders = new ArrayList<>();
    for (var t : m.topics()) {
      check(offenders, lang, t.id(), t.title() + "\n" + t.body(), false, t.sources());
    }
    for (var x : m.examples()) {
      check(offenders, lang, x.id(), x.title() + "\n" + x.body(), x.fictional(), x.sources());
    }
    for (var r : m.resources()) {
      check(offenders, lang, r.id(), r.name() + "\n" + r.description(), false, r.sources());
    }
    return offenders;
  }

  private static void check(
      List<String> offenders,
      String lang,
      String id,
      String text,
      boolean fictional,
      List<Citation> sources) {
    if (isClaim(text, fictional) && sources.isEmpty()) {
      offenders.add(lang + " " + id);
    }
  }
}
