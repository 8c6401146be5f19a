package org.complychain.risk;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * On the first start of an instance whose database has no edition, the edition the product ships
 * becomes the active one. Safe when several instances start together (Editions locks).
 */
@ApplicationScoped
public class ShippedEdition {

  private static final Logger LOG = Logger.getLogger(ShippedEdition.class);

  @Inject Editions editions;

  void onStart(
      @Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 800)
          StartupEvent event) {
    if (editions.loadShippedIfEmpty()) {
      LOG.info("Loaded the shipped ILAB edition as the active risk reference data");
    }
  }
}
