package org.complychain.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Broken content stops the start with a message that names the file and the field. */
class GuidanceLoaderTest {

  private static final String FR_E3 = "guidance/fr/e3.yaml";

  @Test
  void anEmptyFieldIsNamedWithItsPosition() throws Exception {
    ContentFiles files = new ContentFiles();
    String broken = files.original(FR_E3).replaceFirst("(?m)^(\\s+)help: .*$", "$1help: ''");
    assertEquals(
        FR_E3 + ": questions[0].help is empty",
        failure(files.replace(FR_E3, removeFolded(broken))));
  }

  @Test
  void anUnknownFieldIsRejected() throws Exception {
    ContentFiles files = new ContentFiles();
    String broken = files.original(FR_E3).replaceFirst("(?m)^summary:", "sumary:");
    String message = failure(files.replace(FR_E3, broken));
    assertTrue(message.startsWith(FR_E3 + ": "), message);
    assertTrue(message.contains("summary"), message);
  }

  @Test
  void invalidYamlIsRejected() {
    String message = failure(new ContentFiles().replace(FR_E3, "id: e3\ntitle: [unclosed\n"));
    assertTrue(message.startsWith(FR_E3 + ": "), message);
  }

  @Test
  void aMissingFileIsNamed() {
    assertEquals(
        "guidance/ms/e8.yaml: file is missing",
        failure(new ContentFiles().replace("guidance/ms/e8.yaml", null)));
  }

  @Test
  void aWrongKindOrIdIsNamed() throws Exception {
    ContentFiles files = new ContentFiles();
    String broken = files.original(FR_E3).replaceFirst("(?m)^kind: element", "kind: intro");
    assertEquals(FR_E3 + ": kind must be 'element'", failure(files.replace(FR_E3, broken)));
  }

  @Test
  void aQuestionMissingInOneLanguageIsCaught() throws Exception {
    ContentFiles files = new ContentFiles();
    String en = files.original("guidance/en/e3.yaml");
    String ms = files.original("guidance/ms/e3.yaml");
    int last = ms.lastIndexOf("\n  - id: e3.q");
    String shorter = ms.substring(0, last + 1);
    String message = failure(files.replace("guidance/ms/e3.yaml", shorter));
    assertTrue(message.startsWith("guidance/ms/e3.yaml: questions"), message);
    assertTrue(en.contains("e3.q5"));
  }

  @Test
  void aRenumberedIdIsCaught() throws Exception {
    ContentFiles files = new ContentFiles();
    String broken = files.original(FR_E3).replace("id: e3.q2\n", "id: e3.q9\n");
    String message = failure(files.replace(FR_E3, broken));
    assertTrue(message.startsWith(FR_E3 + ": questions"), message);
    assertTrue(message.contains("e3.q9"), message);
  }

  @Test
  void aVerifiedMonthInTheWrongFormatIsNamed() throws Exception {
    ContentFiles files = new ContentFiles();
    String broken = withSource(files.original(FR_E3), "e3.t1", "2026-13");
    assertEquals(
        FR_E3 + ": topics[0].sources[0].verified is '2026-13'; expected a month as YYYY-MM",
        failure(files.replace(FR_E3, broken)));
  }

  @Test
  void aSourceCitedInOnlyOneLanguageIsCaught() throws Exception {
    ContentFiles files = new ContentFiles();
    String extra = withSource(files.original(FR_E3), "e3.t1", "2026-12");
    String message = failure(files.replace(FR_E3, extra));
    assertTrue(message.startsWith(FR_E3 + ": topics[0].sources ids [test-claim@2026-12]"), message);
  }

  @Test
  void anExampleMarkedFictionalInOnlyOneLanguageIsCaught() throws Exception {
    ContentFiles files = new ContentFiles();
    String path = "guidance/en/e3.yaml";
    String changed =
        files.original(path).replace("  - id: e3.x2\n", "  - id: e3.x2\n    fictional: true\n");
    String message = failure(files.replace(path, changed));
    assertTrue(message.endsWith("examples[1].fictional differs from English"), message);
  }

  private static String withSource(String yaml, String itemId, String verified) {
    return yaml.replace(
        "  - id: " + itemId + "\n",
        "  - id: "
            + itemId
            + "\n    sources:\n      - claim: test-claim\n        source: A law\n"
            + "        verified: '"
            + verified
            + "'\n");
  }

  private static String failure(ContentFiles files) {
    return assertThrows(GuidanceException.class, () -> GuidanceLoader.load(files)).getMessage();
  }

  /** A folded block under an emptied key would otherwise become a stray mapping. */
  private static String removeFolded(String yaml) {
    return yaml.replaceFirst("(help: '')\\n(\\s{6,}[^\\n]*\\n)+", "$1\n");
  }
}
