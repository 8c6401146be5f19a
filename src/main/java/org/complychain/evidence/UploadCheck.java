package org.complychain.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.complychain.web.FormErrors;

/**
 * Checks an upload's fields and content before anything is stored: every problem at once, each with
 * its message beside its field. The file's type comes from its bytes ({@link EvidenceType}).
 */
final class UploadCheck {

  private UploadCheck() {}

  /** The draft to store, or null when {@code errors} holds the reasons. */
  static EvidenceDraft check(
      UploadForm form, EvidenceMessages m, String maxSize, long maxBytes, FormErrors errors) {
    String title = UploadForm.text(form.title);
    if (title.isEmpty()) {
      errors.add("title", m.error_title_required());
    } else if (title.length() > EvidenceFile.TITLE_MAX) {
      errors.add("title", m.error_title_too_long(EvidenceFile.TITLE_MAX));
    }
    EvidenceKind kind = kind(form.kind);
    if (kind == null) {
      errors.add("kind", m.error_kind_required());
    }
    LocalDate issued = date(form.issued, "issued", m, errors);
    LocalDate expires = date(form.expires, "expires", m, errors);
    if (issued != null && expires != null && expires.isBefore(issued)) {
      errors.add("expires", m.error_expiry_before_issue());
    }
    String name = FileNames.sanitise(form.file == null ? "" : form.file.fileName());
    String mediaType = null;
    if (form.file == null || form.file.uploadedFile() == null) {
      errors.add("file", m.error_file_missing());
    } else if (form.file.size() <= 0) {
      errors.add("file", m.error_file_empty());
    } else if (form.file.size() > maxBytes) {
      errors.add("file", m.error_file_too_large(maxSize));
    } else {
      EvidenceType.Verdict verdict = verdict(form, name);
      if (verdict.accepted()) {
        mediaType = verdict.mediaType();
      } else {
        errors.add(
            "file",
            switch (verdict.refusal()) {
              case EXTENSION -> m.error_extension();
              case EXECUTABLE -> m.error_executable();
              case MISMATCH -> m.error_mismatch();
              case ACTIVE_CONTENT -> m.error_active_content();
            });
      }
    }
    if (errors.any()) {
      return null;
    }
    return new EvidenceDraft(title, kind, issued, expires, name, mediaType);
  }

  private static EvidenceType.Verdict verdict(UploadForm form, String name) {
    try {
      return EvidenceType.check(form.file.uploadedFile(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EvidenceKind kind(String value) {
    try {
      return EvidenceKind.valueOf(UploadForm.text(value));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate date(String value, String field, EvidenceMessages m, FormErrors errors) {
    String text = UploadForm.text(value);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(field, m.error_date_invalid());
      return null;
    }
  }
}
