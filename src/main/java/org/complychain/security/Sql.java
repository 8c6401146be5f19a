package org.complychain.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One statement on its own connection. The sign-in tables are read on Vert.x worker threads outside
 * any request scope, where plain JDBC is simpler and cheaper than an entity manager.
 */
final class Sql {

  private Sql() {}

  static void update(DataSource dataSource, String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }
}
