package org.complychain.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The demo's own PostgreSQL: real server binaries, data kept in a folder that survives restarts,
 * stopped when the JVM shuts down. It runs with PostgreSQL's durable defaults (a save that was
 * confirmed survives a crash), asks every connection for a password, and takes over a folder whose
 * server was left running by a run that was killed.
 */
final class DemoDatabase {

  static final String SUPERUSER = "postgres";

  private static final Logger LOG = Logger.getLogger(DemoDatabase.class);

  /** A started server and how to reach it. */
  record Running(EmbeddedPostgres server, String password) implements AutoCloseable {

    String jdbcUrl() {
      return server.getJdbcUrl(SUPERUSER, "postgres");
    }

    Connection connect() throws SQLException {
      return server.getDatabase(SUPERUSER, "postgres").getConnection();
    }

    @Override
    public void close() {
      try {
        server.close();
      } catch (IOException e) {
        LOG.warn("Demo database did not stop cleanly", e);
      }
    }
  }

  private DemoDatabase() {}

  /** Starts the server and points Quarkus' datasource at it. */
  static void start(DemoDatabaseSettings settings) {
    Running db = open(settings.dataDirectory());
    System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
    System.setProperty("quarkus.datasource.username", SUPERUSER);
    System.setProperty("quarkus.datasource.password", db.password());
    Runtime.getRuntime().addShutdownHook(new Thread(db::close, "demo-postgres-shutdown"));
    LOG.infof(
        "Demo database started on port %d with data in %s",
        db.server().getPort(), settings.dataDirectory());
  }

  static Running open(Path dataDirectory) {
    Path pwfile = null;
    try {
      Files.createDirectories(dataDirectory);
      boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
      String password = DatabasePassword.read(dataDirectory).orElseGet(DatabasePassword::generate);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              // zonky starts PostgreSQL with fsync off; a demo that keeps people's work must not.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setConnectConfig("password", password)
              // Runs once this run holds the folder's lock and before the server starts.
              .setDataDirectoryCustomizer(
                  dir -> {
                    OrphanedServer.stopIfRunning(dir.toPath());
                    DatabasePassword.storeIfAbsent(dir.toPath(), password);
                  });
      if (fresh) {
        // A new folder never accepts a login without the password, not even during the first start.
        pwfile =
            DatabasePassword.ownerOnlyFile(Path.of(System.getProperty("java.io.tmpdir")), password);
        builder
            .setLocaleConfig("auth", "scram-sha-256")
            .setLocaleConfig("pwfile", pwfile.toString());
      }
      Running db = new Running(builder.start(), password);
      try (Connection c = db.connect()) {
        DatabasePassword.require(c, dataDirectory, password);
      } catch (SQLException | IOException | RuntimeException e) {
        db.close();
        throw new IllegalStateException("Could not secure the demo database", e);
      }
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the demo database", e);
    } finally {
      if (pwfile != null) {
        pwfile.toFile().delete();
      }
    }
  }
}
