package org.complychain.risk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ILAB's published XML, which the project never commits. Tests read it from {@code
 * ../shared/data/ilab} beside the project, or from the folder in the system property {@code
 * complychain.ilab.dir} or the environment variable {@code COMPLYCHAIN_ILAB_DIR}.
 */
final class IlabFiles {

  private IlabFiles() {}

  static Path dir() {
    String configured = System.getProperty("complychain.ilab.dir");
    if (configured == null) {
      configured = System.getenv("COMPLYCHAIN_ILAB_DIR");
    }
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "data", "ilab");
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
