package org.complychain.organisation;

import io.quarkus.qute.TemplateData;

/** A choice in a select: the stored code and its label in the page's language. */
@TemplateData
public record Option(String code, String label) {}
