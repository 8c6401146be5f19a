package org.complychain.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's embedded PostgreSQL: durable, password-protected, and restartable after a crash. */
class DemoDatabaseTest {

  @TempDir Path folder;

  @Test
  void theFirstStartAfterTheAppWasKilledWorksAndKeepsWhatWasSaved() throws Exception {
    Path data = folder.resolve("demo-postgres");
    Process app = startAbandoningApp(data);
    try {
      app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertTrue(
          OrphanedServer.find(data).isPresent(),
          "the killed app's PostgreSQL is still running on the folder");

      try (DemoDatabase.Running db = DemoDatabase.open(data)) {
        assertEquals("confirmed", query(db, "select note from saved_before_crash"));
      }
    } finally {
      app.destroyForcibly();
      OrphanedServer.find(data).ifPresent(ProcessHandle::destroy);
    }
  }

  @Test
  void runsWithDurableSettings() throws Exception {
    try (DemoDatabase.Running db = DemoDatabase.open(folder.resolve("db"))) {
      assertEquals("on", query(db, "show fsync"));
      assertEquals("on", query(db, "show synchronous_commit"));
      assertEquals("on", query(db, "show full_page_writes"));
    }
  }

  @Test
  void everyConnectionNeedsThePasswordKeptOwnerOnlyInTheFolder() throws Exception {
    Path data = folder.resolve("db");
    try (DemoDatabase.Running db = DemoDatabase.open(data)) {
      assertPasswordRequired(db, data);
    }
    // and again after a restart, reading the stored password
    try (DemoDatabase.Running db = DemoDatabase.open(data)) {
      assertPasswordRequired(db, data);
    }
  }

  @Test
  void aFolderFromAnOlderDemoThatTrustedEveryoneGetsAPassword() throws Exception {
    Path data = folder.resolve("old");
    EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .start()
        .close();
    try (DemoDatabase.Running db = DemoDatabase.open(data)) {
      assertPasswordRequired(db, data);
    }
  }

  private static void assertPasswordRequired(DemoDatabase.Running db, Path data) throws Exception {
    Path file = data.resolve(DatabasePassword.FILE_NAME);
    assertEquals(db.password(), Files.readString(file).strip());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    String url = db.jdbcUrl();
    assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
    assertThrows(
        SQLException.class, () -> DriverManager.getConnection(url, "postgres", "wrong").close());
    try (Connection c = DriverManager.getConnection(url, "postgres", db.password())) {
      assertFalse(c.isClosed());
    }
  }

  private static String query(DemoDatabase.Running db, String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  /** A child JVM that starts the demo database, saves a row and then waits to be killed. */
  private static Process startAbandoningApp(Path data) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process app =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                AbandonedDemoDatabase.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      if (line.startsWith(AbandonedDemoDatabase.READY)) {
        return app;
      }
    }
    app.destroyForcibly();
    throw new AssertionError("The child app did not start its database:\n" + seen);
  }
}
