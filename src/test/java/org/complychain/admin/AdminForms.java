package org.complychain.admin;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complychain.support.SignIn;

/** A signed-in session posting the administration forms as a browser does, with its CSRF token. */
record AdminForms(SignIn.Session session, String token) {

  private static final Pattern CREATED =
      Pattern.compile("/admin/organisations/([0-9a-f-]{36})\\?done=created$");

  static AdminForms signIn(String username) {
    SignIn.Session session = SignIn.session(username);
    return new AdminForms(session, session.csrfToken());
  }

  RequestSpecification request() {
    return session.req();
  }

  /** A form post from a UTF-8 page, with the CSRF token. */
  RequestSpecification post() {
    return request()
        .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
        .formParam("csrf-token", token);
  }

  String page(String path) {
    return request().get(path).then().statusCode(200).extract().asString();
  }

  Response create(String name) {
    return post().formParam("name", name).post("/admin/organisations");
  }

  /** Creates an organisation through the form and returns its id, to be cleaned up by the test. */
  String createOrganisation(String name) {
    String location = create(name).then().statusCode(303).extract().header("Location");
    Matcher m = CREATED.matcher(location);
    if (!m.find()) {
      throw new AssertionError("unexpected redirect " + location);
    }
    return m.group(1);
  }

  Response addMember(String organisation, String identity) {
    return post()
        .formParam("identity", identity)
        .post("/admin/organisations/" + organisation + "/members");
  }

  Response assignAuditor(String organisation, String auditor) {
    return post()
        .formParam("identity", auditor)
        .post("/admin/organisations/" + organisation + "/auditors");
  }

  Response remove(String organisation, String list, String id) {
    return post().post("/admin/organisations/" + organisation + "/" + list + "/" + id + "/remove");
  }

  /** The row ids in the remove buttons of one list ("members" or "auditors"), in page order. */
  List<String> removeIds(String organisation, String list) {
    String html = page("/admin/organisations/" + organisation);
    List<String> ids = new ArrayList<>();
    Matcher m =
        Pattern.compile("/admin/organisations/" + organisation + "/" + list + "/([^/\"]+)/remove")
            .matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
