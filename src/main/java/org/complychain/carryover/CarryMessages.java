package org.complychain.carryover;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of next year's plan: starting it, answers to review, "since last year" and the
 * year-over-year chart; in {@code i18n/messages/carry_<lang>.properties}.
 */
@MessageBundle(value = "carry", locale = "en")
public interface CarryMessages {

  @Message
  String start_link(int version);

  @Message
  String next_title();

  @Message
  String next_intro(String title, int version);

  @Message
  String next_none();

  @Message
  String error_not_approved();

  @Message
  String error_period_taken();

  @Message
  String panel_from(String title, int version);

  @Message
  String panel_since();

  @Message
  String panel_to_review(int count);

  @Message
  String panel_all_reviewed();

  @Message
  String panel_element(int number, String title, int count);

  @Message
  String submit_to_review(int count);

  @Message
  String previous_title();

  @Message
  String previous_hint();

  @Message
  String previous_status();

  @Message
  String previous_text();

  @Message
  String previous_reason();

  @Message
  String previous_empty();

  @Message
  String keep();

  @Message
  String since_title();

  @Message
  String since_intro(String title, int version);

  @Message
  String since_answers();

  @Message
  String since_answers_none();

  @Message
  String since_counts(int changed, int kept, int toReview);

  @Message
  String since_status(String before, String after);

  @Message
  String since_inserted();

  @Message
  String since_deleted();

  @Message
  String since_actions_closed();

  @Message
  String since_actions_opened();

  @Message
  String since_actions_none();

  @Message
  String since_risks();

  @Message
  String since_risks_intro();

  @Message
  String since_risks_none();

  @Message
  String since_col_supplier();

  @Message
  String since_col_before();

  @Message
  String since_col_now();

  @Message
  String since_level_none();

  @Message
  String since_unnamed(String country);

  @Message
  String action_from(String title, int version);

  @Message
  String action_history();

  @Message
  String chart_title();

  @Message
  String chart_desc();

  @Message
  String chart_answers();

  @Message
  String chart_actions();

  @Message
  String chart_bar(String period, String series, int percent);

  @Message
  String chart_no_actions();
}
