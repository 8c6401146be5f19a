package org.complychain.risk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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

  private static Path besideTheProject() {
    Path relative = Path.of("shared", "data", "ilab");
    for (Path up = Path.of("").toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      if (Files.isRegularFile(up.resolve(relative).resolve(IlabImporter.GOODS_FILE))) {
        return up.resolve(relative);
      }
    }
    return Path.of("..").resolve(relative);
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
