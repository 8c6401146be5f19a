package org.complychain.evidence;

import java.util.UUID;

/** One file as pages list it: every value already in the reader's language. */
public record EvidenceRow(
    UUID id,
    String title,
    String kind,
    String issued,
    String expires,
    ExpiryState expiry,
    String expiryText,
    String uploaded,
    String size,
    String sha256,
    UUID linkId) {}
