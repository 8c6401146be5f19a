package org.complychain.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped extract is exactly what our importer makes of ILAB's files. To produce it again (a
 * new edition, a change to the importer):
 *
 * <pre>
 * ./mvnw -B -q test -Dtest=IlabExtractTest -Dilab.extract.write=true
 * </pre>
 */
class IlabExtractTest {

  private static final Path SHIPPED = Path.of("src", "main", "resources", "risk", "ilab");

  @Test
  void theShippedExtractIsWhatTheImporterMakes() throws Exception {
    EditionData published = IlabFiles.published();
    boolean write = Boolean.getBoolean("ilab.extract.write");
    if (write) {
      EditionExtract.write(published, SHIPPED);
    }
    Path fresh = Files.createTempDirectory("ilab-extract");
    EditionExtract.write(published, fresh);
    for (String file : new String[] {"edition.properties", "listings.csv", "countries.csv"}) {
      assertEquals(
          Files.readString(fresh.resolve(file)),
          Files.readString(SHIPPED.resolve(file)),
          file + " differs from the importer's output; see this class to produce it again");
    }
    if (!write) {
      // The class path holds the files of the last build: after writing, that is the next run.
      EditionData shipped = EditionExtract.shipped();
      assertEquals(Set.copyOf(published.listings()), Set.copyOf(shipped.listings()));
      assertEquals(Set.copyOf(published.findings()), Set.copyOf(shipped.findings()));
    }
  }
}
