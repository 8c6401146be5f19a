package org.complychain.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link DemoDatabaseTest}: starts the demo database on a folder, saves one
 * row, says so, and waits to be killed, leaving its PostgreSQL behind.
 */
public final class AbandonedDemoDatabase {

  static final String READY = "demo database ready";

  private AbandonedDemoDatabase() {}

  public static void main(String... args) throws Exception {
    DemoDatabase.Running db = DemoDatabase.open(Path.of(args[0]));
    try (Connection c = db.connect();
        Statement sql = c.createStatement()) {
      sql.execute("create table saved_before_crash (note text)");
      sql.execute("insert into saved_before_crash values ('confirmed')");
    }
    System.out.println(READY + " " + db.server().getProcess().pid());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
