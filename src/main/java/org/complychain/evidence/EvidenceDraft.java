package org.complychain.evidence;

import java.time.LocalDate;

/** The checked description of a file about to be stored. */
public record EvidenceDraft(
    String title,
    EvidenceKind kind,
    LocalDate issuedOn,
    LocalDate expiresOn,
    String originalName,
    String mediaType) {}
