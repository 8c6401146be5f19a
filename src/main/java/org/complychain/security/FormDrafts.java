package org.complychain.security;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.QueryStringEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Typed text from a form posted after its session had ended, kept for its owner for a short while
 * so that signing in again loses nothing. Only the same identity gets it back, once.
 */
@ApplicationScoped
public class FormDrafts {

  /** A kept form: where it was posted, and its fields in the order they were sent. */
  public record Draft(String path, Map<String, List<String>> fields) {}

  /** Larger posts are not forms a person typed; they are not kept. */
  static final int MAX_BYTES = 256 * 1024;

  private static final int MAX_PER_IDENTITY = 20;
  private static final String CSRF_FIELD = "csrf-token";

  @Inject DataSource dataSource;
  @Inject SessionConfig config;

  /** Keeps the url-encoded form body posted to {@code path}; returns the token to get it back. */
  public Optional<UUID> keep(String identity, String path, String urlEncodedBody) {
    if (urlEncodedBody.length() > MAX_BYTES) {
      return Optional.empty();
    }
    Map<String, List<String>> fields = decode(urlEncodedBody);
    fields.remove(CSRF_FIELD);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    UUID token = UUID.randomUUID();
    Sql.update(
        dataSource,
        "insert into form_draft (token, identity, path, fields) values (?, ?, ?, ?)",
        token,
        identity,
        path,
        encode(fields));
    Sql.update(
        dataSource,
        "delete from form_draft where created_at < now() - make_interval(secs => ?)",
        config.draftLifetime().toSeconds());
    Sql.update(
        dataSource,
        "delete from form_draft where identity = ? and token not in (select token from form_draft"
            + " where identity = ? order by created_at desc limit ?)",
        identity,
        identity,
        MAX_PER_IDENTITY);
    return Optional.of(token);
  }

  /** The path a draft was posted to, when it belongs to the identity and has not expired. */
  public Optional<String> pathOf(UUID token, String identity) {
    return find(token, identity).map(Draft::path);
  }

  /** Hands the draft back to its owner and forgets it. */
  public Optional<Draft> take(UUID token, String identity) {
    Optional<Draft> draft = find(token, identity);
    draft.ifPresent(d -> Sql.update(dataSource, "delete from form_draft where token = ?", token));
    return draft;
  }

  private Optional<Draft> find(UUID token, String identity) {
    String sql =
        "select path, fields from form_draft where token = ? and identity = ?"
            + " and created_at > now() - make_interval(secs => ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, token);
      s.setString(2, identity);
      s.setLong(3, config.draftLifetime().toSeconds());
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new Draft(r.getString(1), decode(r.getString(2))))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read a kept form", e);
    }
  }

  static Map<String, List<String>> decode(String urlEncoded) {
    return new LinkedHashMap<>(
        new QueryStringDecoder(urlEncoded, StandardCharsets.UTF_8, false, 10_000).parameters());
  }

  private static String encode(Map<String, List<String>> fields) {
    QueryStringEncoder encoder = new QueryStringEncoder("", StandardCharsets.UTF_8);
    fields.forEach((name, values) -> values.forEach(v -> encoder.addParam(name, v)));
    String encoded = encoder.toString();
    return encoded.startsWith("?") ? encoded.substring(1) : encoded;
  }
}
