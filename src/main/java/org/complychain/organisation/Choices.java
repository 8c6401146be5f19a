package org.complychain.organisation;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** The options of the profile form's selects, labelled in the page's language. */
@TemplateData
public record Choices(List<Option> countries, List<Option> sectors, List<Option> sizes) {}
