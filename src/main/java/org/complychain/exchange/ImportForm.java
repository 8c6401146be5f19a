package org.complychain.exchange;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The import form as posted (multipart): the file arrives on disk, never whole in memory. */
public class ImportForm {

  @RestForm("file")
  public FileUpload file;
}
