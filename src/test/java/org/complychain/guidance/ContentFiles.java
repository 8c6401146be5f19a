package org.complychain.guidance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The guidance files as they are in the repository, with optional replacements for one test. */
final class ContentFiles implements GuidanceLoader.Source {

  private static final Path ROOT = Path.of("i18n");
  private final Map<String, byte[]> replaced = new HashMap<>();

  static Catalogue load() {
    return GuidanceLoader.load(new ContentFiles());
  }

  ContentFiles replace(String path, String content) {
    replaced.put(
        path, content == null ? null : content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return this;
  }

  String original(String path) throws java.io.IOException {
    return Files.readString(ROOT.resolve(path));
  }

  @Override
  public byte[] read(String path) throws java.io.IOException {
    if (replaced.containsKey(path)) {
      return replaced.get(path);
    }
    Path file = ROOT.resolve(path);
    return Files.exists(file) ? Files.readAllBytes(file) : null;
  }
}
