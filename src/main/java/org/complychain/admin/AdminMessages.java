package org.complychain.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the administration pages. The texts live in {@code
 * i18n/messages/admin_<lang>.properties}; a key missing from any of the four languages fails the
 * build.
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {
  @Message
  String title();

  @Message
  String intro();

  @Message
  String organisations_title();

  @Message
  String organisations_empty();

  @Message
  String col_name();

  @Message
  String col_members();

  @Message
  String col_auditors();

  @Message
  String create_title();

  @Message
  String field_name();

  @Message
  String field_name_hint(int max);

  @Message
  String create_submit();

  @Message
  String back();

  @Message
  String organisation_intro();

  @Message
  String members_title();

  @Message
  String members_empty();

  @Message
  String member_identity();

  @Message
  String member_identity_hint();

  @Message
  String member_add_title();

  @Message
  String member_add();

  @Message
  String auditors_title();

  @Message
  String auditors_intro();

  @Message
  String auditors_empty();

  @Message
  String auditor_identity();

  @Message
  String auditor_identity_hint();

  @Message
  String auditor_add_title();

  @Message
  String auditor_add();

  @Message
  String remove();

  @Message
  String notice_created();

  @Message
  String notice_member_added();

  @Message
  String notice_member_removed();

  @Message
  String notice_auditor_added();

  @Message
  String notice_auditor_removed();

  @Message
  String error_name_required();

  @Message
  String error_name_too_long(int max);

  @Message
  String error_member_required();

  @Message
  String error_auditor_required();

  @Message
  String error_identity_too_long(int max);

  @Message
  String error_member_exists(String identity);

  @Message
  String error_auditor_exists(String identity);

  @Message
  String error_member_elsewhere(String identity);

  @Message
  String error_name_taken(String name);

  @Message
  String rename_title();

  @Message
  String rename_submit();

  @Message
  String notice_renamed();

  @Message
  String error_auditor_member(String identity);

  @Message
  String error_auditor_not_auditor(String identity);

  @Message
  String notice_auditor_unseen();

  @Message
  String auditor_unseen();

  @Message
  String member_move_label();

  @Message
  String member_move();

  @Message
  String notice_member_moved();

  @Message
  String error_identity_invisible();

  @Message
  String error_identity_reserved(String identity);

  @Message
  String invitations_title();

  @Message
  String invitations_intro();

  @Message
  String invitations_empty();

  @Message
  String invitation_confirm();

  @Message
  String notice_invitation_confirmed();

  @Message
  String history_link();

  @Message
  String history_title();

  @Message
  String history_intro();

  @Message
  String history_empty();

  @Message
  String history_col_when();

  @Message
  String history_col_who();

  @Message
  String history_col_organisation();

  @Message
  String history_col_what();

  @Message
  String action_organisation_created();

  @Message
  String action_organisation_renamed(String before);

  @Message
  String action_member_added(String identity);

  @Message
  String action_member_moved(String identity, String target);

  @Message
  String action_member_removed(String identity);

  @Message
  String action_membership_confirmed(String identity);

  @Message
  String action_auditor_assigned(String identity);

  @Message
  String action_auditor_unassigned(String identity);
}
