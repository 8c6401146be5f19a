package org.complychain.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One real PostgreSQL per test JVM, shared by every Quarkus test. When {@code
 * QUARKUS_DATASOURCE_JDBC_URL} is set the tests use that database instead.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedPostgres postgres;

  @Override
  public synchronized Map<String, String> start() {
    if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
      return Map.of();
    }
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
      }
    }
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void stop() {
    // The server stays up for the rest of the JVM; zonky stops it when the JVM exits.
  }
}
