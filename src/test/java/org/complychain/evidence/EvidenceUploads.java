package org.complychain.evidence;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.support.SignIn.Session;

/** Uploads through the real multipart form, as a browser sends it. */
final class EvidenceUploads {

  private static final Pattern ID = Pattern.compile("/evidence/([0-9a-f-]{36})");

  private EvidenceUploads() {}

  static Response upload(Session s, String name, byte[] bytes, String title) {
    return s.req()
        .multiPart("csrf-token", s.csrfToken())
        .multiPart("title", title)
        .multiPart("kind", "POLICY")
        .multiPart("expires", "")
        .multiPart("file", name, bytes, "application/octet-stream")
        .post("/evidence");
  }

  static Response uploadFor(
      Session s, String name, byte[] bytes, String title, String planId, String question) {
    return s.req()
        .multiPart("csrf-token", s.csrfToken())
        .multiPart("title", title)
        .multiPart("kind", "AUDIT_REPORT")
        .multiPart("plan", planId)
        .multiPart("question", question)
        .multiPart("file", name, bytes, "application/octet-stream")
        .post("/evidence");
  }

  /** The id of the file an upload (or a duplicate) redirected to. */
  static String fileId(Response response) {
    Matcher m = ID.matcher(response.header("Location"));
    if (!m.find()) {
      throw new AssertionError("No file in " + response.header("Location"));
    }
    return m.group(1);
  }
}
