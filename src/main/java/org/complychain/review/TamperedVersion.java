package org.complychain.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A frozen version whose stored snapshot or document no longer matches the SHA-256 recorded when it
 * was frozen. It is never decided on, rendered or served: the request is refused with 409 and a
 * page saying so, and the mismatch is logged for the people who run the instance.
 */
public class TamperedVersion extends RuntimeException {

  private static final Logger LOG = Logger.getLogger(TamperedVersion.class);

  TamperedVersion(UUID version, String what) {
    super("Stored " + what + " of plan version " + version + " does not match its SHA-256");
  }

  /** Checks the snapshot before anything is decided or laid out from it. */
  static void checkSnapshot(PlanVersion version) {
    if (!Snapshot.sha256(version.snapshot).equals(version.sha256)) {
      throw new TamperedVersion(version.id, "snapshot");
    }
  }

  /** Checks the approved document before it is served. */
  static void checkPdf(PlanVersion version) {
    if (version.pdfSha256 == null || !Snapshot.sha256(version.pdf).equals(version.pdfSha256)) {
      throw new TamperedVersion(version.id, "document");
    }
  }

  @CheckedTemplate(basePath = "errors")
  static class Templates {
    static native TemplateInstance tampered();
  }

  /** Maps the refusal to its page. */
  public static class Mapper {
    @ServerExceptionMapper
    public Response refuse(TamperedVersion e) {
      LOG.error(e.getMessage());
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(Templates.tampered().render())
          .build();
    }
  }
}
