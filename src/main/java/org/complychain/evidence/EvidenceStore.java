package org.complychain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where the bytes of evidence files live. Features see only this: the PostgreSQL store is the
 * default (shared by every instance), and an object store can take its place without them changing.
 * Writing happens inside the caller's transaction, so a file's bytes and its metadata are committed
 * together or not at all.
 */
public interface EvidenceStore {

  /** What was written: the number of bytes and their SHA-256, computed while streaming. */
  record Written(long size, String sha256) {}

  /** Streams the content in under the file's id; the caller's transaction commits it. */
  Written write(UUID fileId, InputStream content) throws IOException;

  /** Streams the content out; it holds at most one chunk in memory at a time. */
  InputStream open(UUID fileId);

  /** Removes the bytes, in the caller's transaction. */
  void delete(UUID fileId);
}
