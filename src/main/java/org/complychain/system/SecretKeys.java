package org.complychain.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The keys that protect sign-in cookies, CSRF tokens and the OIDC state. Production refuses to
 * start without them (a missing key would make Quarkus invent one and print it in the log). The
 * demo generates them once and keeps them in its data folder, readable by the owner only, so that a
 * restart keeps people signed in. Runs before Quarkus reads its configuration.
 */
public final class SecretKeys {

  /** Shorter keys are too easy to guess; Quarkus itself wants at least 32 for CSRF. */
  static final int MIN_LENGTH = 32;

  static final String DEMO_FILE = "demo-keys.properties";

  /** One key: its environment variable and the property Quarkus reads. */
  record Key(String variable, String property) {}

  static final List<Key> KEYS =
      List.of(
          new Key("SESSION_ENCRYPTION_KEY", "quarkus.http.auth.session.encryption-key"),
          new Key("CSRF_SIGNATURE_KEY", "quarkus.rest-csrf.token-signature-key"),
          new Key("OIDC_STATE_SECRET", "quarkus.oidc.token-state-manager.encryption-secret"));

  private SecretKeys() {}

  /** Called by {@code Main} before Quarkus starts. */
  public static void prepare() {
    DemoDatabaseSettings settings = DemoDatabaseSettings.fromEnvironment();
    if ("prod".equals(settings.profile())) {
      List<String> problems = problems(System.getProperties(), System.getenv());
      if (!problems.isEmpty()) {
        System.err.println(String.join(System.lineSeparator(), problems));
        System.exit(1);
      }
    } else if ("demo".equals(settings.profile())) {
      Path file = settings.dataDirectory().resolveSibling(DEMO_FILE);
      useDemoKeys(demoKeys(file), System.getenv());
    }
  }

  /** What is wrong with the configured keys, one sentence per key, naming its variable. */
  static List<String> problems(Properties props, Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    for (Key key : KEYS) {
      String value = value(key, props, env);
      if (value == null || value.isBlank()) {
        problems.add(
            "Refusing to start: set "
                + key.variable()
                + " to a random value of at least "
                + MIN_LENGTH
                + " characters, the same on every instance.");
      } else if (value.length() < MIN_LENGTH) {
        problems.add(
            "Refusing to start: "
                + key.variable()
                + " is shorter than "
                + MIN_LENGTH
                + " characters.");
      }
    }
    return problems;
  }

  /** The demo's keys from its file, generated and written (owner-only) on first start. */
  static Properties demoKeys(Path file) {
    Properties keys = new Properties();
    try {
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          keys.load(in);
        }
      }
      boolean changed = false;
      for (Key key : KEYS) {
        if (keys.getProperty(key.variable(), "").length() < MIN_LENGTH) {
          keys.setProperty(key.variable(), randomKey());
          changed = true;
        }
      }
      if (changed) {
        write(file, keys);
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the demo's keys in " + file, e);
    }
  }

  /** Keys given in the environment or as properties win over the demo's own. */
  private static void useDemoKeys(Properties keys, Map<String, String> env) {
    for (Key key : KEYS) {
      if (value(key, System.getProperties(), env) == null) {
        System.setProperty(key.property(), keys.getProperty(key.variable()));
      }
    }
  }

  private static String value(Key key, Properties props, Map<String, String> env) {
    String value = props.getProperty(key.property());
    return value != null && !value.isBlank() ? value : env.get(key.variable());
  }

  private static void write(Path file, Properties keys) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(temp);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temp);
    }
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      keys.store(out, "Keys of this demo instance; keep this file private");
    }
    Files.move(
        temp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static String randomKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
