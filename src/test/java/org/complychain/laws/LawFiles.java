package org.complychain.laws;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complychain.guidance.GuidanceLoader;

/** The law files as they are in the repository, with optional replacements for one test. */
final class LawFiles implements LawLoader.Source {

  private static final Path ROOT = Path.of("i18n");
  private final Map<String, byte[]> replaced = new HashMap<>();

  /** The key question ids of the guidance in the repository. */
  static Set<String> questionIds() {
    return Set.copyOf(
        GuidanceLoader.load(
                path -> {
                  Path file = ROOT.resolve(path);
                  return Files.exists(file) ? Files.readAllBytes(file) : null;
                })
            .questionIds());
  }

  static List<Law> load() {
    return LawLoader.load(new LawFiles(), questionIds());
  }

  LawFiles replace(String path, String content) {
    replaced.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  String original(String path) throws IOException {
    return Files.readString(ROOT.resolve(path));
  }

  @Override
  public byte[] read(String path) throws IOException {
    if (replaced.containsKey(path)) {
      return replaced.get(path);
    }
    Path file = ROOT.resolve(path);
    return Files.exists(file) ? Files.readAllBytes(file) : null;
  }
}
