package org.complychain.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server left running on the demo's data folder by an earlier run that died without
 * stopping it ({@code kill -9}, a power cut of the JVM only). Such a server holds {@code
 * postmaster.pid}, so a new one could not start. Only called while this run holds the folder's
 * lock, so a live server found there belongs to nobody.
 */
final class OrphanedServer {

  private static final Logger LOG = Logger.getLogger(OrphanedServer.class);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

  private OrphanedServer() {}

  /** Stops the server recorded in the folder's {@code postmaster.pid}, if it is still running. */
  static void stopIfRunning(Path dataDirectory) {
    find(dataDirectory).ifPresent(server -> stop(server, dataDirectory));
  }

  /**
   * The live postgres process named in the pid file, when it serves this very folder. A stale pid
   * file (the process is gone, or its number now belongs to something else) is left to PostgreSQL,
   * which replaces it on start.
   */
  static Optional<ProcessHandle> find(Path dataDirectory) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    } catch (IOException e) {
      return Optional.empty();
    }
    if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
        .filter(ProcessHandle::isAlive)
        .filter(OrphanedServer::isPostgres)
        .filter(p -> sameFolder(lines.get(1).strip(), dataDirectory));
  }

  private static void stop(ProcessHandle server, Path dataDirectory) {
    LOG.warnf(
        "A demo database from an earlier run is still running on %s (process %d); stopping it",
        dataDirectory, server.pid());
    // SIGTERM asks for a clean shutdown; the sessions of the dead run are gone with its sockets.
    server.destroy();
    if (!exited(server, SHUTDOWN_WAIT)) {
      LOG.warnf("Process %d did not stop in %s; killing it", server.pid(), SHUTDOWN_WAIT);
      server.destroyForcibly();
      if (!exited(server, SHUTDOWN_WAIT)) {
        throw new IllegalStateException(
            "The demo database left running on " + dataDirectory + " could not be stopped");
      }
    }
  }

  private static boolean exited(ProcessHandle process, Duration wait) {
    try {
      process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process
        .info()
        .command()
        .map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
        .orElse(false);
  }

  private static boolean sameFolder(String recorded, Path dataDirectory) {
    try {
      return Files.isSameFile(Path.of(recorded), dataDirectory);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
