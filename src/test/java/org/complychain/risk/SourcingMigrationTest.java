package org.complychain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.complychain.support.DatabaseTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The profile's sourcing rows become unnamed suppliers when V18 runs, none lost: migrated in a
 * schema of its own up to V17, given rows, then taken to the latest version.
 */
@QuarkusTest
@DatabaseTest
class SourcingMigrationTest {

  private static final String SCHEMA = "sourcing_migration_check";

  @Inject AgroalDataSource dataSource;

  @Test
  void sourcingRowsBecomeUnnamedSuppliers() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
    }
    flyway().target("17").load().migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("set search_path to " + SCHEMA);
      s.execute(
          "insert into organisation (id, name, version) values"
              + " ('00000000-0000-0000-0000-00000000a001', 'Migration Check Ltd', 0)");
      s.execute(
          "insert into sourcing_entry (id, organisation_id, country_code, good) values"
              + " ('00000000-0000-0000-0000-00000000b001', '00000000-0000-0000-0000-00000000a001',"
              + " 'UZ', 'Cotton'),"
              + " ('00000000-0000-0000-0000-00000000b002', '00000000-0000-0000-0000-00000000a001',"
              + " 'GH', 'Cocoa beans, grade 1')");
    }
    flyway().load().migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("set search_path to " + SCHEMA);
      ResultSet r =
          s.executeQuery(
              "select country_code, goods_text, name, tier from supplier order by country_code");
      r.next();
      assertEquals("GH", r.getString(1));
      assertEquals("Cocoa beans, grade 1", r.getString(2));
      assertEquals(null, r.getString(3));
      r.next();
      assertEquals("UZ", r.getString(1));
      assertEquals("Cotton", r.getString(2));
      assertEquals(1, r.getInt(4));
      s.execute("set search_path to public");
      s.execute("drop schema " + SCHEMA + " cascade");
    }
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .locations("classpath:db/migration");
  }
}
