package org.complychain.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.complychain.organisation.Organisation;
import org.complychain.support.DatabaseTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL store through the service: bytes and metadata are written together or not at all,
 * read back chunk by chunk with the hash computed on the way in.
 */
@QuarkusTest
@DatabaseTest
class EvidenceStoreTest {

  static final UUID ORG = UUID.fromString("5c0e7a42-9d1b-4f6e-8a3c-2b7d9e1f0a64");

  @Inject EvidenceService evidence;
  @Inject EvidenceStore store;
  @Inject EntityManager em;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String user;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  private Organisation organisation;

  @BeforeEach
  void organisation() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into organisation (id, name, created_at, version) values (?1,"
                            + " 'Evidence Store Co', now(), 0) on conflict do nothing")
                    .setParameter(1, ORG)
                    .executeUpdate());
    organisation = QuarkusTransaction.requiringNew().call(() -> Organisation.findById(ORG));
  }

  @Test
  void storedBytesComeBackWholeWithTheirHashInChunks() throws Exception {
    byte[] content = random(3 * PostgresEvidenceStore.CHUNK + 12_345);
    EvidenceFile file = store(content);

    assertEquals(sha256(content), file.sha256);
    assertEquals(content.length, file.size);
    assertEquals(4L, count("select count(*) from evidence_chunk where file_id = ?1", file.id));
    try (InputStream in = store.open(file.id)) {
      assertArrayEquals(content, in.readAllBytes());
    }
    EvidenceFile loaded = QuarkusTransaction.requiringNew().call(() -> find(file.id));
    assertEquals("Code of conduct 2027", loaded.title);
    assertEquals(false, loaded.uploadedAt == null, "the database stamps the upload time");
  }

  @Test
  void anUploadThatBreaksOffHalfWayLeavesNeitherBytesNorMetadata() {
    long files = files();
    long chunks = chunks();
    byte[] content = random(3 * PostgresEvidenceStore.CHUNK);
    InputStream breaking =
        new FilterInputStream(new ByteArrayInputStream(content)) {
          private long read;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (read > 2L * PostgresEvidenceStore.CHUNK) {
              throw new IOException("client went away");
            }
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
          }
        };
    assertThrows(RuntimeException.class, () -> store(content.length, breaking));
    assertEquals(files, files());
    assertEquals(chunks, chunks(), "the chunks already written were rolled back");
  }

  @Test
  void aDatabaseConnectionKilledMidUploadLeavesNothing() {
    long files = files();
    long chunks = chunks();
    byte[] content = random(3 * PostgresEvidenceStore.CHUNK);
    InputStream killing =
        new FilterInputStream(new ByteArrayInputStream(content)) {
          private long read;
          private boolean killed;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (!killed && read > PostgresEvidenceStore.CHUNK) {
              killed = true;
              terminateUploadingBackend();
            }
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
          }
        };
    assertThrows(RuntimeException.class, () -> store(content.length, killing));
    assertEquals(files, files());
    assertEquals(chunks, chunks());
  }

  @Test
  void theSameBytesTwiceAreRecognisedAndNothingIsStoredAgain() {
    byte[] content = random(10_000);
    EvidenceFile first = store(content);
    long chunks = chunks();
    EvidenceRefused refused = assertThrows(EvidenceRefused.class, () -> store(content));
    assertEquals(EvidenceRefused.Reason.DUPLICATE, refused.reason);
    assertEquals(first.id, refused.existing);
    assertEquals(chunks, chunks());
  }

  @Test
  void aFileOverTheLimitOrTheQuotaIsRefusedBeforeAnyByteIsStored() {
    long chunks = chunks();
    EvidenceRefused tooLarge =
        assertThrows(
            EvidenceRefused.class,
            () -> store(20L * 1024 * 1024 + 1, new ByteArrayInputStream(new byte[10])));
    assertEquals(EvidenceRefused.Reason.TOO_LARGE, tooLarge.reason);
    EvidenceRefused empty =
        assertThrows(EvidenceRefused.class, () -> store(0, InputStream.nullInputStream()));
    assertEquals(EvidenceRefused.Reason.EMPTY, empty.reason);
    assertEquals(chunks, chunks());
  }

  @Test
  void deletingAFileRemovesItsBytes() {
    EvidenceFile file = store(random(2 * PostgresEvidenceStore.CHUNK + 1));
    evidence.delete(file.id, "tester");
    assertEquals(0L, count("select count(*) from evidence_chunk where file_id = ?1", file.id));
    assertEquals(0L, count("select count(*) from evidence_file where id = ?1", file.id));
  }

  private EvidenceFile store(byte[] content) {
    return store(content.length, new ByteArrayInputStream(content));
  }

  private EvidenceFile store(long size, InputStream content) {
    return evidence.store(
        organisation.id,
        new EvidenceDraft(
            "Code of conduct 2027",
            EvidenceKind.CODE_OF_CONDUCT,
            null,
            null,
            "code.pdf",
            "application/pdf"),
        size,
        content,
        null,
        "tester");
  }

  /** Ends, from outside, the one backend that sits inside an open transaction: the upload's. */
  private void terminateUploadingBackend() throws IOException {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement()
          .execute(
              "select pg_terminate_backend(pid) from pg_stat_activity where pid <>"
                  + " pg_backend_pid() and datname = current_database() and state = 'idle in"
                  + " transaction'");
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
  }

  private EvidenceFile find(UUID id) {
    return EvidenceFile.findById(id);
  }

  private long files() {
    return count("select count(*) from evidence_file where organisation_id = ?1", ORG);
  }

  private long chunks() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("select count(*) from evidence_chunk")
                            .getSingleResult())
                    .longValue());
  }

  private long count(String sql, UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult())
                    .longValue());
  }

  static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random().nextBytes(bytes);
    return bytes;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
