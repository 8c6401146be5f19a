package org.complychain.evidence;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as a download: always an attachment, with the type detected at upload, never
 * sniffed, never cached. The name is given twice (RFC 6266): a plain ASCII fallback and the exact
 * name in UTF-8 (RFC 5987 {@code filename*}).
 */
final class EvidenceDownload {

  private EvidenceDownload() {}

  static Response of(EvidenceFile file, EvidenceStore store) {
    StreamingOutput body =
        out -> {
          try (InputStream in = store.open(file.id)) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, file.mediaType)
        .header("Content-Disposition", disposition(file.originalName))
        .header("Content-Length", file.size)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  static String disposition(String name) {
    String fallback = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\;%]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
  }
}
