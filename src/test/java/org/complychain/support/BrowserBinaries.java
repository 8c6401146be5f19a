package org.complychain.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the browser tests find Chrome or Chromium and its driver: the environment variables {@code
 * CHROME_BIN} and {@code CHROMEDRIVER} first, then the usual names on the {@code PATH}, then the
 * usual install folders on macOS and Windows. Never downloads anything.
 */
public record BrowserBinaries(Path browser, Path driver) {

  static final String BROWSER_ENV = "CHROME_BIN";
  static final String DRIVER_ENV = "CHROMEDRIVER";

  private static final List<String> BROWSER_NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
  private static final List<String> DRIVER_NAMES = List.of("chromedriver");

  public static BrowserBinaries find() {
    boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    return find(System.getenv(), windows, installFolders(System.getenv()));
  }

  static BrowserBinaries find(
      Map<String, String> env, boolean windows, List<Path> browserInstallations) {
    Optional<Path> browser =
        fromEnvironment(env, BROWSER_ENV)
            .or(() -> onPath(env, BROWSER_NAMES, windows))
            .or(() -> browserInstallations.stream().filter(Files::isExecutable).findFirst());
    Optional<Path> driver =
        fromEnvironment(env, DRIVER_ENV).or(() -> onPath(env, DRIVER_NAMES, windows));
    if (browser.isEmpty() || driver.isEmpty()) {
      throw new IllegalStateException(
          "Browser tests need "
              + (browser.isEmpty() ? "Chrome or Chromium" : "")
              + (browser.isEmpty() && driver.isEmpty() ? " and " : "")
              + (driver.isEmpty() ? "chromedriver (matching the browser's version)" : "")
              + ": install them (Debian/Ubuntu: apt-get install chromium chromium-driver;"
              + " macOS: brew install --cask google-chrome chromedriver; Windows: Chrome and"
              + " chromedriver from Chrome for Testing) and put them on the PATH, or set "
              + BROWSER_ENV
              + " and "
              + DRIVER_ENV
              + " to their files.");
    }
    return new BrowserBinaries(browser.get(), driver.get());
  }

  private static Optional<Path> fromEnvironment(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(value.strip());
    if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
      throw new IllegalStateException(name + "=" + value + " is not an executable file.");
    }
    return Optional.of(path);
  }

  private static Optional<Path> onPath(Map<String, String> env, List<String> names, boolean win) {
    String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isBlank()) {
          continue;
        }
        Path candidate = Path.of(dir, win ? name + ".exe" : name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Where the installers of Chrome and Chromium put the browser when it is not on the PATH. */
  private static List<Path> installFolders(Map<String, String> env) {
    List<Path> places = new ArrayList<>();
    places.add(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
    places.add(Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"));
    for (String root : List.of("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")) {
      String dir = env.get(root);
      if (dir != null) {
        places.add(Path.of(dir, "Google", "Chrome", "Application", "chrome.exe"));
      }
    }
    return places;
  }
}
