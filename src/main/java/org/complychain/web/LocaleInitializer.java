package org.complychain.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Renders every template in the request's language. Quarkus REST would otherwise use only the first
 * {@code Accept-Language} entry; an explicit locale on the instance wins over that.
 */
@ApplicationScoped
public class LocaleInitializer implements TemplateInstance.Initializer {

  void register(@Observes EngineBuilder builder) {
    builder.addTemplateInstanceInitializer(this);
  }

  @Override
  public void accept(TemplateInstance instance) {
    if (Arc.container().requestContext().isActive()) {
      instance.setLocale(Arc.container().instance(RequestLocale.class).get().get());
    }
  }
}
