package org.complychain.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Keeps the SQL Hibernate prepares while a test records, so that a test can say which columns a
 * page read, not only how many statements it ran.
 */
@PersistenceUnitExtension
public class RecordedStatements implements StatementInspector {

  private static final List<String> SQL = new CopyOnWriteArrayList<>();
  private static volatile boolean recording;

  @Override
  public String inspect(String sql) {
    if (recording) {
      SQL.add(sql);
    }
    return sql;
  }

  public static void start() {
    SQL.clear();
    recording = true;
  }

  public static List<String> stop() {
    recording = false;
    return List.copyOf(SQL);
  }
}
