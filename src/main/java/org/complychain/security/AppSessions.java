package org.complychain.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The server-side sessions in {@code app_session}. Plain JDBC because the check runs on every
 * signed-in request, on a worker thread outside any request scope; all times are the database's, so
 * that every instance agrees on when a session ends.
 */
@ApplicationScoped
public class AppSessions {

  /** What the check found. {@code identity} is who the session belonged to, if there was one. */
  public record Verdict(boolean valid, Optional<String> identity) {}

  @Inject DataSource dataSource;
  @Inject SessionConfig config;

  /** Starts a new session for the identity and returns its id. */
  public UUID start(String identity) {
    UUID id = UUID.randomUUID();
    Sql.update(dataSource, "insert into app_session (id, identity) values (?, ?)", id, identity);
    // Sign-ins are rare enough to tidy up here, on whichever instance, instead of in a job.
    Sql.update(
        dataSource,
        "delete from app_session where last_seen_at < now() - make_interval(secs => ?)",
        config.absoluteLifetime().multipliedBy(2).toSeconds());
    return id;
  }

  /**
   * Checks the session and records its use at most once per interval. An OIDC session is keyed on
   * the provider's session, so it is registered on first sight ({@code registerUnknown}); a form
   * session must have been started by the login form.
   */
  public Verdict check(UUID id, String identity, boolean registerUnknown) {
    String sql =
        "select identity, ended_at is not null,"
            + " now() - created_at > make_interval(secs => ?),"
            + " now() - last_seen_at > make_interval(secs => ?),"
            + " now() - last_seen_at > make_interval(secs => ?)"
            + " from app_session where id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, config.absoluteLifetime().toSeconds());
      s.setLong(2, config.idleTimeout().toSeconds());
      s.setLong(3, config.lastSeenInterval().toSeconds());
      s.setObject(4, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          if (registerUnknown) {
            Sql.update(
                dataSource,
                "insert into app_session (id, identity) values (?, ?) on conflict do nothing",
                id,
                identity);
            return check(id, identity, false);
          }
          return new Verdict(false, Optional.empty());
        }
        String owner = r.getString(1);
        if (!owner.equals(identity)) {
          return new Verdict(false, Optional.empty());
        }
        if (r.getBoolean(2)) {
          return new Verdict(false, Optional.of(owner));
        }
        if (r.getBoolean(3) || r.getBoolean(4)) {
          end(id);
          return new Verdict(false, Optional.of(owner));
        }
        if (r.getBoolean(5)) {
          Sql.update(dataSource, "update app_session set last_seen_at = now() where id = ?", id);
        }
        return new Verdict(true, Optional.of(owner));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check the session", e);
    }
  }

  /** Ends the session; a copy of its cookies is worthless from now on, on every instance. */
  public void end(UUID id) {
    Sql.update(
        dataSource,
        "update app_session set ended_at = now() where id = ? and ended_at is null",
        id);
  }
}
