package org.complychain.organisation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the organisation pages. The texts live in {@code i18n/messages/org_<lang>.properties}; a
 * key missing from any of the four languages fails the build.
 */
@MessageBundle(value = "org", locale = "en")
public interface OrgMessages {
  @Message
  String new_title();

  @Message
  String new_intro();

  @Message
  String new_submit();

  @Message
  String profile_title();

  @Message
  String profile_intro();

  @Message
  String profile_incomplete();

  @Message
  String profile_complete();

  @Message
  String back_to_dashboard();

  @Message
  String field_name();

  @Message
  String field_name_hint();

  @Message
  String field_country();

  @Message
  String field_sector();

  @Message
  String field_size();

  @Message
  String field_products();

  @Message
  String field_products_hint(int max);

  @Message
  String choose();

  @Message
  String sector_AGRICULTURE();

  @Message
  String sector_FOOD_BEVERAGE();

  @Message
  String sector_APPAREL_TEXTILES();

  @Message
  String sector_ELECTRONICS();

  @Message
  String sector_MINING_METALS();

  @Message
  String sector_CONSTRUCTION();

  @Message
  String sector_RETAIL();

  @Message
  String sector_MANUFACTURING_OTHER();

  @Message
  String sector_SERVICES();

  @Message
  String sector_OTHER();

  @Message
  String size_MICRO();

  @Message
  String size_SMALL();

  @Message
  String size_MEDIUM();

  @Message
  String size_LARGE();

  @Message
  String size_VERY_LARGE();

  @Message
  String profile_save();

  @Message
  String notice_saved();

  @Message
  String notice_member_removed();

  @Message
  String error_name_required();

  @Message
  String error_name_too_long(int max);

  @Message
  String error_country_unknown();

  @Message
  String error_sector_unknown();

  @Message
  String error_size_unknown();

  @Message
  String error_products_too_long(int max);

  @Message
  String conflict_title();

  @Message
  String conflict_text();

  @Message
  String conflict_saved();

  @Message
  String not_given();

  @Message
  String sourcing_title();

  @Message
  String sourcing_intro();

  @Message
  String sourcing_empty();

  @Message
  String sourcing_good();

  @Message
  String sourcing_country();

  @Message
  String remove();

  @Message
  String error_good_required();

  @Message
  String members_title();

  @Message
  String members_intro();

  @Message
  String member_identity();

  @Message
  String member_identity_hint();

  @Message
  String member_you();

  @Message
  String error_identity_required();

  @Message
  String error_identity_too_long(int max);

  @Message
  String error_member_exists(String identity);

  @Message
  String error_last_member();

  @Message
  String error_member_elsewhere(String identity);

  @Message
  String error_identity_invisible();

  @Message
  String error_already_invited(String identity);

  @Message
  String error_identity_reserved(String identity);

  @Message
  String notice_member_invited();

  @Message
  String notice_invitation_withdrawn();

  @Message
  String invitations_title();

  @Message
  String invitations_empty();

  @Message
  String invitation_pending();

  @Message
  String invitation_by(String identity);

  @Message
  String invitation_withdraw();

  @Message
  String invite_title();

  @Message
  String invite_hint();

  @Message
  String invite_button();

  @Message
  String register_summary(long count, int countries);

  @Message
  String register_countries(String names);

  @Message
  String register_more(int count);

  @Message
  String register_link();
}
