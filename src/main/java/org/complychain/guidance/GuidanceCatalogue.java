package org.complychain.guidance;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.logging.Logger;

/** Loads the guidance from the classpath once, at start; broken content stops the start. */
@ApplicationScoped
public class GuidanceCatalogue {

  private static final Logger LOG = Logger.getLogger(GuidanceCatalogue.class);

  @Produces
  @Singleton
  @Startup
  Catalogue catalogue() {
    Catalogue catalogue = GuidanceLoader.load(GuidanceCatalogue::fromClasspath);
    LOG.infof(
        "Guidance content version %s: %d modules, %d key questions",
        catalogue.version(), catalogue.modules("en").size(), catalogue.questionIds().size());
    return catalogue;
  }

  private static byte[] fromClasspath(String path) throws IOException {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
