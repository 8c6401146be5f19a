package org.complychain.evidence;

import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The upload form as posted (multipart). The file arrives as a temporary file on disk, never in
 * memory; Quarkus deletes it when the request ends.
 */
public class UploadForm {

  @RestForm("file")
  public FileUpload file;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  public String title;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  public String kind;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  public String issued;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  public String expires;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  public String plan;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  public String question;

  @RestForm
  @PartType(MediaType.TEXT_PLAIN)
  public String action;

  static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
