package org.complychain.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for integration tests, run from the Maven distribution that the build unpacks
 * (system property {@code keycloak.home}) with the project's realm ({@code keycloak.realm}). Every
 * start imports the realm into an empty database, so runs do not influence each other.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  public static final String REALM = "complychain";
  public static final String CLIENT_ID = "comply-chain";
  public static final String CLIENT_SECRET = "comply-chain-dev-secret";

  /** The realm's example integration: a client with a service account (client credentials). */
  public static final String INTEGRATION_CLIENT_ID = "comply-chain-integration";

  public static final String INTEGRATION_CLIENT_SECRET = "comply-chain-integration-dev-secret";
  public static final String INTEGRATION_IDENTITY = "service-account-" + INTEGRATION_CLIENT_ID;

  // A first start builds Keycloak (~30 s alone); on a busy 2-core machine it has taken over 5 min.
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(600);
  private static final Path PREFERRED_JAVA = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  private Process process;

  @Override
  public Map<String, String> start() {
    Path home = Path.of(required("keycloak.home")).toAbsolutePath();
    Path realm = Path.of(required("keycloak.realm")).toAbsolutePath();
    Path launcher = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(launcher)) {
      throw new IllegalStateException(
          "No Keycloak at " + home + "; run the build through `verify` so that it is unpacked");
    }
    int httpPort = freePort();
    int managementPort = freePort();
    Path log = Path.of("target", "keycloak.log").toAbsolutePath();
    try {
      prepareData(home, realm);
      launcher.toFile().setExecutable(true);
      ProcessBuilder builder =
          new ProcessBuilder(
                  launcher.toString(),
                  "start-dev",
                  "--http-port=" + httpPort,
                  "--http-management-port=" + managementPort,
                  "--cache=local",
                  "--import-realm")
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", javaHome());
      builder.environment().remove("JAVA_OPTS");
      // Keycloak's thread pools reset thread locals; Java 24+ allows that only with this opening.
      builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Keycloak from " + home, e);
    }

    String issuer = "http://localhost:" + httpPort + "/realms/" + REALM;
    waitUntilReady(URI.create(issuer + "/.well-known/openid-configuration"), log);

    return Map.of(
        "quarkus.oidc.auth-server-url",
        issuer,
        // The API's tenant (bearer tokens on /api/*) trusts the same realm.
        "quarkus.oidc.api.auth-server-url",
        issuer,
        "quarkus.oidc.client-id",
        CLIENT_ID,
        "quarkus.oidc.credentials.secret",
        CLIENT_SECRET,
        // The test runs on plain http; production keeps secure cookies.
        "quarkus.rest-csrf.cookie-force-secure",
        "false",
        "quarkus.http.auth.session.encryption-key",
        randomKey(),
        "quarkus.rest-csrf.token-signature-key",
        randomKey(),
        "quarkus.oidc.token-state-manager.encryption-secret",
        randomKey(),
        "complychain.session.secure-cookies",
        "false");
  }

  @Override
  public void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = new ArrayList<>();
    process.descendants().forEach(tree::add);
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
    process = null;
  }

  /** Empties Keycloak's database (an existing realm is never re-imported) and stages the realm. */
  private static void prepareData(Path home, Path realm) throws IOException {
    Path data = home.resolve("data");
    if (Files.isDirectory(data)) {
      try (Stream<Path> paths = Files.walk(data)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          if (!p.equals(data)) {
            Files.delete(p);
          }
        }
      }
    }
    Path imports = Files.createDirectories(data.resolve("import"));
    Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
  }

  private void waitUntilReady(URI discovery, Path log) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with code " + process.exitValue() + "; see " + log);
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep(Duration.ofMillis(500));
    }
    stop();
    throw new IllegalStateException(
        "Keycloak did not serve " + discovery + " within " + STARTUP_TIMEOUT + "; see " + log);
  }

  private static String javaHome() {
    if (Files.isDirectory(PREFERRED_JAVA)) {
      return PREFERRED_JAVA.toString();
    }
    return System.getProperty("java.home");
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set; run this test with the failsafe plugin");
    }
    return value;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }

  private static String randomKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
