package org.complychain.plan;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The orders the action plan can be listed in; due date first is the default. */
enum ActionSort {
  DUE,
  DUE_DESC,
  STATUS,
  OWNER,
  ELEMENT;

  /** The order named in the address (e.g. {@code due_desc}); anything unknown means by due date. */
  static ActionSort parse(String code) {
    for (ActionSort s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    return DUE;
  }

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Ties fall back to the due date, so every order stays stable and useful. */
  Comparator<PlanViews.ActionRow> comparator(Locale locale) {
    Comparator<PlanViews.ActionRow> byDue = Comparator.comparing(PlanViews.ActionRow::dueDate);
    Collator collator = Collator.getInstance(locale);
    return switch (this) {
      case DUE -> byDue;
      case DUE_DESC -> byDue.reversed();
      case STATUS -> Comparator.comparing(PlanViews.ActionRow::statusCode).thenComparing(byDue);
      case OWNER -> Comparator.comparing(PlanViews.ActionRow::owner, collator).thenComparing(byDue);
      case ELEMENT ->
          Comparator.comparingInt(PlanViews.ActionRow::elementNumber)
              .thenComparing(PlanViews.ActionRow::questionId)
              .thenComparing(byDue);
    };
  }

  /** The choices of the sort menu, in the page's language. */
  static List<Option> options(PlanMessages m) {
    return Arrays.stream(values()).map(s -> new Option(s.code(), s.label(m))).toList();
  }

  private String label(PlanMessages m) {
    return switch (this) {
      case DUE -> m.actions_sort_due();
      case DUE_DESC -> m.actions_sort_due_desc();
      case STATUS -> m.actions_col_status();
      case OWNER -> m.actions_col_owner();
      case ELEMENT -> m.actions_sort_element();
    };
  }
}
