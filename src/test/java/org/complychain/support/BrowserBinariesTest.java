package org.complychain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserBinariesTest {

  @TempDir Path dir;

  @Test
  void findsChromiumAndItsDriverOnThePath() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path chrome = executable(bin.resolve("google-chrome"));
    Path driver = executable(bin.resolve("chromedriver"));
    BrowserBinaries found =
        BrowserBinaries.find(
            Map.of("PATH", dir.resolve("empty") + File.pathSeparator + bin), false, List.of());
    assertEquals(new BrowserBinaries(chrome, driver), found);
  }

  @Test
  void findsWindowsExecutablesByTheirExeName() throws Exception {
    Path chrome = executable(dir.resolve("chrome.exe"));
    Path driver = executable(dir.resolve("chromedriver.exe"));
    assertEquals(
        new BrowserBinaries(chrome, driver),
        BrowserBinaries.find(Map.of("Path", dir.toString()), true, List.of()));
  }

  @Test
  void environmentVariablesWinOverThePath() throws Exception {
    executable(dir.resolve("chromium"));
    executable(dir.resolve("chromedriver"));
    Path chrome = executable(Files.createDirectories(dir.resolve("own")).resolve("my-chrome"));
    Path driver = executable(dir.resolve("own/my-driver"));
    BrowserBinaries found =
        BrowserBinaries.find(
            Map.of(
                "PATH",
                dir.toString(),
                "CHROME_BIN",
                chrome.toString(),
                "CHROMEDRIVER",
                driver.toString()),
            false,
            List.of());
    assertEquals(new BrowserBinaries(chrome, driver), found);
  }

  @Test
  void aBrowserInItsInstallFolderIsFoundWhenNotOnThePath() throws Exception {
    Path app = executable(dir.resolve("Google Chrome"));
    Path driver = executable(dir.resolve("chromedriver"));
    assertEquals(
        new BrowserBinaries(app, driver),
        BrowserBinaries.find(Map.of("PATH", dir.toString()), false, List.of(app)));
  }

  @Test
  void nothingInstalledFailsWithOneLineSayingWhatToInstall() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> BrowserBinaries.find(Map.of("PATH", dir.toString()), false, List.of()));
    String message = e.getMessage();
    assertTrue(message.startsWith("Browser tests need Chrome or Chromium and chromedriver"));
    assertTrue(message.contains("apt-get install chromium chromium-driver"), message);
    assertTrue(message.contains("CHROME_BIN") && message.contains("CHROMEDRIVER"), message);
    assertEquals(-1, message.indexOf('\n'));
  }

  @Test
  void aMissingDriverIsNamedAlone() throws Exception {
    executable(dir.resolve("chromium"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> BrowserBinaries.find(Map.of("PATH", dir.toString()), false, List.of()));
    assertTrue(e.getMessage().startsWith("Browser tests need chromedriver"), e.getMessage());
  }

  @Test
  void aWrongEnvironmentVariableIsReported() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                BrowserBinaries.find(
                    Map.of("CHROME_BIN", dir.resolve("nope").toString()), false, List.of()));
    assertTrue(e.getMessage().startsWith("CHROME_BIN="), e.getMessage());
  }

  private static Path executable(Path file) throws Exception {
    Files.writeString(file, "#!/bin/sh\n");
    assertTrue(file.toFile().setExecutable(true));
    return file;
  }
}
