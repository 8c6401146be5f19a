package org.complychain.risk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ILAB's published XML, which the project never commits. Tests read it from the folder in the
 * system property {@code complychain.ilab.dir} or the environment variable {@code
 * COMPLYCHAIN_ILAB_DIR}, else from {@code shared/data/ilab} beside the project ({@code
 * ../shared/data/ilab}) or beside one of its parent folders, so that a clone one level deeper finds
 * it too.
 */
final class IlabFiles {

  private IlabFiles() {}

  static Path dir() {
    String configured = System.getProperty("complychain.ilab.dir");
    if (configured == null) {
      configured = System.getenv("COMPLYCHAIN_ILAB_DIR");
    }
    Path dir = configured != null ? Path.of(configured) : besideTheProject();
    if (!Files.isRegularFile(dir.resolve(IlabImporter.GOODS_FILE))
        || !Files.isRegularFile(dir.resolve(IlabImporter.FINDINGS_FILE))) {
      throw new IllegalStateException(
          "ILAB's XML files ("
              + IlabImporter.GOODS_FILE
              + ", "
              + IlabImporter.FINDINGS_FILE
              + ") are not in "
              + dir.toAbsolutePath().normalize()
              + "; set -Dcomplychain.ilab.dir or COMPLYCHAIN_ILAB_DIR to their folder");
    }
    return dir;
  }

  /**
   * {@code shared/data/ilab} beside the project or one of its parents; for a clone made elsewhere
   * from a local repository, beside that repository (git's {@code remote.origin.url}).
   */
  private static Path besideTheProject() {
    Path relative = Path.of("shared", "data", "ilab");
    for (Path start : List.of(Path.of("").toAbsolutePath(), origin())) {
      for (Path up = start.getParent(); up != null; up = up.getParent()) {
        if (Files.isRegularFile(up.resolve(relative).resolve(IlabImporter.GOODS_FILE))) {
          return up.resolve(relative);
        }
      }
    }
    return Path.of("..").resolve(relative);
  }

  /** The local repository this one was cloned from, or this folder when there is none. */
  private static Path origin() {
    try {
      Process git =
          new ProcessBuilder("git", "config", "--get", "remote.origin.url")
              .redirectErrorStream(true)
              .start();
      String url = new String(git.getInputStream().readAllBytes()).strip();
      if (git.waitFor() == 0 && url.startsWith("/") && Files.isDirectory(Path.of(url))) {
        return Path.of(url).toAbsolutePath();
      }
    } catch (IOException e) {
      // No git here: only the project's own parents are searched.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Path.of("").toAbsolutePath();
  }

  static InputStream goods() throws IOException {
    return Files.newInputStream(dir().resolve(IlabImporter.GOODS_FILE));
  }

  static InputStream findings() throws IOException {
    return Files.newInputStream(dir().resolve(IlabImporter.FINDINGS_FILE));
  }

  static String goodsText() throws IOException {
    return Files.readString(dir().resolve(IlabImporter.GOODS_FILE));
  }

  static String findingsText() throws IOException {
    return Files.readString(dir().resolve(IlabImporter.FINDINGS_FILE));
  }

  static EditionData published() throws IOException, IlabFormatException {
    try (InputStream goods = goods();
        InputStream findings = findings()) {
      return IlabImporter.read(goods, findings, 2023, 2022);
    }
  }
}
