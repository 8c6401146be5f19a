package org.complychain.admin;

import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.complychain.admin.TestOrganisations.Fixture;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every administration endpoint, for every kind of visitor: anonymous visitors are sent to sign in,
 * company members and auditors are refused (with a valid CSRF token, so that it is the role that
 * refuses them), administrators get the page or the redirect. A refused request changes nothing; a
 * post without the CSRF token is refused too.
 */
@QuarkusTest
@DatabaseTest
class AdminAccessTest {

  /** An endpoint, with a valid request for the fixture organisation. */
  enum Endpoint {
    LIST("GET", "/admin"),
    ORGANISATION("GET", "/admin/organisations/{org}"),
    CREATE("POST", "/admin/organisations"),
    RENAME("POST", "/admin/organisations/{org}/name"),
    ADD_MEMBER("POST", "/admin/organisations/{org}/members"),
    REMOVE_MEMBER("POST", "/admin/organisations/{org}/members/{member}/remove"),
    ASSIGN_AUDITOR("POST", "/admin/organisations/{org}/auditors"),
    UNASSIGN_AUDITOR("POST", "/admin/organisations/{org}/auditors/{assignment}/remove");

    final String method;
    final String path;

    Endpoint(String method, String path) {
      this.method = method;
      this.path = path;
    }

    String path(Fixture f) {
      return path.replace("{org}", f.id())
          .replace("{member}", f.member())
          .replace("{assignment}", f.assignment());
    }

    Response send(RequestSpecification request, Fixture f) {
      if (method.equals("GET")) {
        return request.get(path(f));
      }
      return request
          .formParam("name", f.name() + " created")
          .formParam("identity", "someone-new")
          .post(path(f));
    }
  }

  private final TestOrganisations organisations = new TestOrganisations();

  @AfterEach
  void cleanUp() {
    organisations.removeAll();
  }

  static Stream<Arguments> visitors() {
    return Stream.of("anonymous", "company", "company2", "auditor", "admin")
        .flatMap(who -> Arrays.stream(Endpoint.values()).map(e -> Arguments.of(who, e)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("visitors")
  void accessFollowsTheRole(String who, Endpoint endpoint) {
    Fixture fixture = organisations.fixture();
    boolean anonymous = who.equals("anonymous");
    SignIn.Session session = SignIn.session(anonymous ? null : who);
    RequestSpecification request = session.req();
    if (!anonymous && endpoint.method.equals("POST")) {
      request.formParam("csrf-token", session.csrfToken());
    }
    Response response = endpoint.send(request, fixture);

    int expected =
        switch (who) {
          case "anonymous" -> 302;
          case "admin" -> endpoint.method.equals("GET") ? 200 : 303;
          default -> 403;
        };
    assertEquals(expected, response.statusCode(), who + " " + endpoint);
    if (anonymous) {
      response.then().header("Location", endsWith("/login"));
    }
    if (!who.equals("admin")) {
      assertTrue(TestOrganisations.intact(fixture), "nothing changed");
      assertEquals(0, TestOrganisations.countNamed(fixture.name() + " created"));
    } else if (endpoint == Endpoint.CREATE) {
      organisations.track(
          response.header("Location").replaceAll(".*/organisations/([0-9a-f-]{36}).*", "$1"));
    }
  }

  @Test
  void postsWithoutAValidCsrfTokenAreRefusedAndChangeNothing() {
    Fixture fixture = organisations.fixture();
    SignIn.Session admin = SignIn.session("admin");
    admin.csrfToken();
    for (Endpoint endpoint : List.of(Endpoint.values())) {
      if (endpoint.method.equals("POST")) {
        assertEquals(400, endpoint.send(admin.req(), fixture).statusCode(), "no token " + endpoint);
        assertEquals(
            400,
            endpoint.send(admin.req().formParam("csrf-token", "forged"), fixture).statusCode(),
            "forged token " + endpoint);
      }
    }
    assertTrue(TestOrganisations.intact(fixture));
    assertEquals(0, TestOrganisations.countNamed(fixture.name() + " created"));
  }
}
