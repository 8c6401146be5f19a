package org.complychain.laws;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.complychain.guidance.Catalogue;
import org.jboss.logging.Logger;

/** Loads the law files once, at start, against the guidance's key questions; bad data stops it. */
@ApplicationScoped
public class LawCatalogue {

  private static final Logger LOG = Logger.getLogger(LawCatalogue.class);

  /** Every law in the order of the result page. */
  public record Laws(List<Law> all) {
    public Optional<Law> find(String id) {
      return all.stream().filter(l -> l.id().equals(id)).findFirst();
    }
  }

  @Produces
  @Singleton
  @Startup
  Laws laws(Catalogue guidance) {
    List<Law> laws =
        LawLoader.load(LawCatalogue::fromClasspath, java.util.Set.copyOf(guidance.questionIds()));
    LOG.infof("Law data: %d laws", laws.size());
    return new Laws(laws);
  }

  private static byte[] fromClasspath(String path) throws IOException {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    }
  }
}
