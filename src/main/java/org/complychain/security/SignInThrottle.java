package org.complychain.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Slows password guessing: after too many failed sign-ins for one account or from one address
 * within the window, further attempts are refused until the window has moved on, whatever the
 * password. Counted in PostgreSQL, so the limit holds across instances.
 */
@ApplicationScoped
public class SignInThrottle {

  @Inject DataSource dataSource;
  @Inject SessionConfig config;

  /** Whole minutes until sign-in is allowed again; zero when it is allowed now. */
  public long minutesLocked(String account, String address) {
    return Math.max(
        lockedSeconds("account", key(account), config.maxFailuresPerAccount()),
        lockedSeconds("address", address, config.maxFailuresPerAddress()));
  }

  public void failed(String account, String address) {
    Sql.update(
        dataSource,
        "insert into sign_in_failure (account, address) values (?, ?)",
        key(account),
        address);
    Sql.update(
        dataSource,
        "delete from sign_in_failure where failed_at < now() - make_interval(secs => ?)",
        config.failureWindow().toSeconds());
  }

  /** A successful sign-in forgives the account's earlier mistakes (not the address's). */
  public void succeeded(String account) {
    Sql.update(dataSource, "delete from sign_in_failure where account = ?", key(account));
  }

  /**
   * Seconds until the oldest failure that keeps the count at the limit leaves the window, in whole
   * minutes rounded up.
   */
  private long lockedSeconds(String column, String value, int limit) {
    String sql =
        "select ceil(extract(epoch from failed_at + make_interval(secs => ?) - now()) / 60)"
            + " from sign_in_failure where "
            + column
            + " = ? and failed_at > now() - make_interval(secs => ?)"
            + " order by failed_at desc offset ? limit 1";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      long window = config.failureWindow().toSeconds();
      s.setLong(1, window);
      s.setString(2, value);
      s.setLong(3, window);
      s.setInt(4, limit - 1);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Math.max(1, r.getLong(1)) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count failed sign-ins", e);
    }
  }

  /** Accounts are counted however their name is typed. */
  private static String key(String account) {
    String trimmed = account.strip().toLowerCase(Locale.ROOT);
    return trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
  }
}
