package org.complychain.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * User-visible text. The texts live in {@code i18n/messages/msg_<lang>.properties}; a key missing
 * from any of the four languages fails the build.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {
  @Message
  String app_name();

  @Message
  String app_tagline();

  @Message
  String skip_to_content();

  @Message
  String nav_label();

  @Message
  String nav_home();

  @Message
  String nav_dashboard();

  @Message
  String nav_audit();

  @Message
  String nav_admin();

  @Message
  String language_label();

  @Message
  String lang_en();

  @Message
  String lang_es();

  @Message
  String lang_fr();

  @Message
  String lang_ms();

  @Message
  String signed_in_as(String name);

  @Message
  String sign_in();

  @Message
  String sign_out();

  @Message
  String demo_banner();

  @Message
  String footer_about();

  @Message
  String footer_disclaimer();

  @Message
  String home_title();

  @Message
  String home_lead();

  @Message
  String home_start();

  @Message
  String home_what_title();

  @Message
  String home_what_text();

  @Message
  String home_how_title();

  @Message
  String home_how_learn();

  @Message
  String home_how_answer();

  @Message
  String home_how_review();

  @Message
  String home_how_pdf();

  @Message
  String home_who_title();

  @Message
  String home_who_company();

  @Message
  String home_who_auditor();

  @Message
  String home_who_visitor();

  @Message
  String home_languages();

  @Message
  String dashboard_title();

  @Message
  String dashboard_welcome(String name);

  @Message
  String dashboard_role();

  @Message
  String dashboard_roles_none();

  @Message
  String dashboard_organisation();

  @Message
  String dashboard_no_org_title();

  @Message
  String dashboard_no_org_text();

  @Message
  String dashboard_auditor_text();

  @Message
  String dashboard_admin_text();

  @Message
  String role_company();

  @Message
  String role_auditor();

  @Message
  String role_admin();

  @Message
  String login_title();

  @Message
  String login_intro();

  @Message
  String login_username();

  @Message
  String login_password();

  @Message
  String login_submit();

  @Message
  String login_error_title();

  @Message
  String login_error();

  @Message
  String login_demo_hint();

  @Message
  String audit_title();

  @Message
  String audit_intro();

  @Message
  String audit_empty();

  @Message
  String error_title(int status);

  @Message
  String error_400();

  @Message
  String error_403();

  @Message
  String error_404();

  @Message
  String error_405();

  @Message
  String error_500();

  @Message
  String error_back_home();

  @Message
  String nav_guidance();

  @Message
  String breadcrumbs_label();

  @Message
  String pager_label();

  @Message
  String guidance_title();

  @Message
  String guidance_intro();

  @Message
  String guidance_start_here();

  @Message
  String guidance_elements();

  @Message
  String guidance_element_number(int number);

  @Message
  String guidance_progress(int read, int total);

  @Message
  String guidance_objectives();

  @Message
  String guidance_terms();

  @Message
  String guidance_topics();

  @Message
  String guidance_read();

  @Message
  String guidance_example(String title);

  @Message
  String guidance_questions();

  @Message
  String guidance_questions_intro();

  @Message
  String guidance_evidence();

  @Message
  String guidance_actions();

  @Message
  String guidance_resources();

  @Message
  String guidance_previous();

  @Message
  String guidance_next();

  @Message
  String glossary_title();

  @Message
  String glossary_intro();

  @Message
  String search_title();

  @Message
  String search_label();

  @Message
  String search_button();

  @Message
  String search_empty();

  @Message
  String search_too_long(int max);

  @Message
  String search_no_words();

  @Message
  String search_none(String query);

  @Message
  String search_none_hint();

  @Message
  String search_browse();

  @Message
  String search_count(int count, String query);

  @Message
  String dashboard_guidance();

  @Message
  String error_prefix();

  @Message
  String dashboard_profile();

  @Message
  String dashboard_create_org();

  @Message
  String error_409();

  @Message
  String error_summary_title();

  @Message
  String search_page(int page, int pages);

  @Message
  String search_previous();

  @Message
  String search_next();

  @Message
  String search_pages_label();

  @Message
  String guidance_sources();

  @Message
  String guidance_verified(String month, int year);

  @Message
  String resubmit_title();

  @Message
  String resubmit_text();

  @Message
  String resubmit_button();

  @Message
  String resubmit_cancel();

  @Message
  String invitations_title();

  @Message
  String invitation_text(String inviter, String organisation);

  @Message
  String invitation_accept();

  @Message
  String invitation_decline();

  @Message
  String error_503();

  @Message
  String nav_laws();

  @Message
  String paging_previous();

  @Message
  String paging_next();

  @Message
  String paging_showing(long from, long to, long total);

  @Message
  String error_tampered();
}
