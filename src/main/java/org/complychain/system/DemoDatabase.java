package org.complychain.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.logging.Logger;

/**
 * The demo's own PostgreSQL: real server binaries, data kept in a folder that survives restarts,
 * stopped when the JVM shuts down.
 */
final class DemoDatabase {

  private static final Logger LOG = Logger.getLogger(DemoDatabase.class);

  private DemoDatabase() {}

  static void start(DemoDatabaseSettings settings) {
    try {
      Files.createDirectories(settings.dataDirectory());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(settings.dataDirectory())
              .setCleanDataDirectory(false)
              .start();
      System.setProperty(
          "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
      System.setProperty("quarkus.datasource.username", "postgres");
      System.setProperty("quarkus.datasource.password", "postgres");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> stop(postgres), "demo-postgres-shutdown"));
      LOG.infof(
          "Demo database started on port %d with data in %s",
          postgres.getPort(), settings.dataDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the demo database", e);
    }
  }

  private static void stop(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Demo database did not stop cleanly", e);
    }
  }
}
