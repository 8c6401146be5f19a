package org.complychain.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The demo database's superuser password: random, kept in the data folder readable by its owner
 * only, and required for every connection, so that other local users of the machine cannot open the
 * demo's data. The password is never logged.
 */
final class DatabasePassword {

  static final String FILE_NAME = "complychain-password";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /** Password authentication for TCP connections from this machine; nothing else gets in. */
  private static final String HBA =
      """
      # Written by Comply Chain at every start of the demo: connections need the password kept in
      # %s (same folder). Unix-socket connections are not accepted.
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """
          .formatted(FILE_NAME);

  private DatabasePassword() {}

  static String generate() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    // URL-safe Base64 has no quote, backslash or whitespace, so it is safe inside SQL and files.
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static Optional<String> read(Path dataDirectory) throws IOException {
    Path file = dataDirectory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
  }

  /** Writes the password file (owner read/write only), unless it is already there. */
  static void storeIfAbsent(Path dataDirectory, String password) {
    Path file = dataDirectory.resolve(FILE_NAME);
    if (Files.exists(file)) {
      return;
    }
    try {
      Path written = ownerOnlyFile(dataDirectory, password);
      Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new IllegalStateException("Could not store the demo database password in " + file, e);
    }
  }

  /** A temporary owner-only file holding the password, for {@code initdb --pwfile}. */
  static Path ownerOnlyFile(Path directory, String password) throws IOException {
    Path file =
        posix(directory)
            ? Files.createTempFile(directory, "pw-", ".tmp", ownerOnly())
            : Files.createTempFile(directory, "pw-", ".tmp");
    Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Sets the superuser's password and allows only password logins from now on. Run at every start:
   * it also converts a data folder made by an older demo, which let anyone on the machine in.
   */
  static void require(Connection connection, Path dataDirectory, String password)
      throws SQLException, IOException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("set log_statement = 'none'");
      sql.execute("alter role current_user password '" + password + "'");
      Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
      sql.execute("select pg_reload_conf()");
    }
  }

  private static boolean posix(Path directory) {
    return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
  }
}
