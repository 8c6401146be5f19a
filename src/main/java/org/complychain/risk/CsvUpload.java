package org.complychain.risk;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The supplier CSV as posted (multipart); Quarkus keeps it in a temporary file. */
public class CsvUpload {

  @RestForm("file")
  public FileUpload file;
}
