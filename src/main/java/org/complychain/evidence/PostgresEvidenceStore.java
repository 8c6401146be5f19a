package org.complychain.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Evidence bytes in PostgreSQL, as rows of {@value #CHUNK} bytes in {@code evidence_chunk}. The
 * driver reads and writes a {@code bytea} value whole, so chunks, not one large value, are what
 * keeps memory bounded: an upload holds one chunk at a time, and so does a download.
 */
@ApplicationScoped
public class PostgresEvidenceStore implements EvidenceStore {

  static final int CHUNK = 1024 * 1024;

  @Inject DataSource dataSource;

  /**
   * Inside a transaction the data source hands out the transaction's own connection, so these rows
   * commit (or vanish) with the metadata the caller writes.
   */
  @Override
  public Written write(UUID fileId, InputStream content) throws IOException {
    MessageDigest sha = sha256();
    long size = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into evidence_chunk (file_id, seq, data) values (?, ?, ?)")) {
      InputStream in = new DigestInputStream(content, sha);
      int seq = 0;
      byte[] chunk;
      while ((chunk = in.readNBytes(CHUNK)).length > 0) {
        insert.setObject(1, fileId);
        insert.setInt(2, seq++);
        insert.setBytes(3, chunk);
        insert.executeUpdate();
        size += chunk.length;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Evidence bytes could not be stored", e);
    }
    return new Written(size, HexFormat.of().formatHex(sha.digest()));
  }

  @Override
  public InputStream open(UUID fileId) {
    return new ChunkStream(fileId);
  }

  @Override
  public void delete(UUID fileId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("delete from evidence_chunk where file_id = ?")) {
      delete.setObject(1, fileId);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Evidence bytes could not be removed", e);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads one chunk per query, each on a connection borrowed only for that query, so a slow reader
   * never holds a connection (or a transaction) while the client downloads.
   */
  private final class ChunkStream extends InputStream {
    private final UUID fileId;
    private int next;
    private byte[] chunk = new byte[0];
    private int pos;
    private boolean ended;

    ChunkStream(UUID fileId) {
      this.fileId = fileId;
    }

    @Override
    public int read() {
      if (!fill()) {
        return -1;
      }
      return chunk[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, n);
      pos += n;
      return n;
    }

    private boolean fill() {
      while (!ended && pos >= chunk.length) {
        chunk = load(next++);
        pos = 0;
        ended = chunk == null;
      }
      return !ended;
    }

    private byte[] load(int seq) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement select =
              c.prepareStatement("select data from evidence_chunk where file_id = ? and seq = ?")) {
        select.setObject(1, fileId);
        select.setInt(2, seq);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? rs.getBytes(1) : null;
        }
      } catch (SQLException e) {
        throw new UncheckedIOException(new IOException("Evidence bytes could not be read", e));
      }
    }
  }
}
