package org.complychain.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeysTest {

  private static final String GOOD = "k".repeat(SecretKeys.MIN_LENGTH);

  @Test
  void productionWithoutKeysNamesEveryMissingVariable() {
    List<String> problems = SecretKeys.problems(new Properties(), Map.of());
    assertEquals(3, problems.size());
    assertTrue(problems.get(0).contains("SESSION_ENCRYPTION_KEY"));
    assertTrue(problems.get(1).contains("CSRF_SIGNATURE_KEY"));
    assertTrue(problems.get(2).contains("OIDC_STATE_SECRET"));
  }

  @Test
  void aShortKeyIsRefusedAndItsVariableNamed() {
    List<String> problems =
        SecretKeys.problems(
            new Properties(),
            Map.of(
                "SESSION_ENCRYPTION_KEY", "short",
                "CSRF_SIGNATURE_KEY", GOOD,
                "OIDC_STATE_SECRET", GOOD));
    assertEquals(
        List.of("Refusing to start: SESSION_ENCRYPTION_KEY is shorter than 32 characters."),
        problems);
  }

  @Test
  void keysFromTheEnvironmentOrPropertiesAreEnough() {
    Properties props = new Properties();
    props.setProperty("quarkus.rest-csrf.token-signature-key", GOOD);
    List<String> problems =
        SecretKeys.problems(
            props, Map.of("SESSION_ENCRYPTION_KEY", GOOD, "OIDC_STATE_SECRET", GOOD));
    assertEquals(List.of(), problems);
  }

  @Test
  void theDemoMakesItsKeysOnceAndKeepsThemPrivate(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("keys").resolve(SecretKeys.DEMO_FILE);
    Properties first = SecretKeys.demoKeys(file);
    Properties second = SecretKeys.demoKeys(file);
    assertEquals(first, second);
    assertEquals(List.of(), SecretKeys.problems(new Properties(), asEnv(first)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  private static Map<String, String> asEnv(Properties keys) {
    return Map.of(
        "SESSION_ENCRYPTION_KEY", keys.getProperty("SESSION_ENCRYPTION_KEY"),
        "CSRF_SIGNATURE_KEY", keys.getProperty("CSRF_SIGNATURE_KEY"),
        "OIDC_STATE_SECRET", keys.getProperty("OIDC_STATE_SECRET"));
  }
}
