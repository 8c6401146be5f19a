package org.complychain.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chrome or Chromium for browser tests: the installed browser and driver found by
 * {@link BrowserBinaries} (so Selenium Manager never goes to the network), a fresh profile per
 * browser, English pages, 1280x900. Callers quit the driver; the profile folders are removed when
 * the JVM exits.
 */
public final class Browser {

  private static final List<Path> PROFILES = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> PROFILES.forEach(Browser::deleteQuietly), "browser-profiles-cleanup"));
  }

  private Browser() {}

  /** Starts a new browser with an empty profile: no cookies, no sessions. */
  public static WebDriver start() {
    BrowserBinaries binaries = BrowserBinaries.find();
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a browser profile folder", e);
    }
    PROFILES.add(profile);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(binaries.browser().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(binaries.driver().toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temp folder is harmless
    }
  }
}
