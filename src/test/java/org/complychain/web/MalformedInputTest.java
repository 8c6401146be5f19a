package org.complychain.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every form and every query parameter of the application, found from the resource classes, is sent
 * input no browser sends: broken percent-encoding and control characters. Each must answer 400 with
 * our page, and nothing may be logged as an error.
 */
@QuarkusTest
@DatabaseTest
class MalformedInputTest {

  /** Broken escapes; the CSRF field is where the first one used to end in a 500. */
  private static final List<String> BROKEN_ENCODING = List.of("%zz", "%", "%G0", "ok%2");

  /** Well-formed escapes of control characters (NUL first: PostgreSQL refuses it outright). */
  private static final List<String> CONTROL = List.of("%00", "a%00b", "%07", "%1B", "%7F");

  private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            errors.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureErrors() {
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void release() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void brokenEncodingInAnyFormIsA400AndNoError() {
    List<Route> posts = routes().stream().filter(r -> r.method.equals("POST")).toList();
    assertTrue(posts.size() >= 20, "form routes found: " + posts);
    String plan = companyPlan();
    for (Route route : posts) {
      Session session = SignIn.session(route.user);
      String token = route.user == null ? "x" : session.csrfToken();
      String path = route.path(plan);
      for (String bad : BROKEN_ENCODING) {
        expect400(post(session, path, "csrf-token=" + bad), route + " csrf-token=" + bad);
        expect400(post(session, path, "csrf-token=x"), route + " csrf-token=x");
        for (String field : route.params) {
          String body = "csrf-token=" + token + "&" + field + "=" + bad;
          expect400(post(session, path, body), route + " " + field + "=" + bad);
        }
      }
      for (String control : CONTROL) {
        for (String field : route.params) {
          String body = "csrf-token=" + token + "&" + field + "=" + control;
          expect400(post(session, path, body), route + " " + field + "=" + control);
        }
      }
    }
    // Anonymous too: the log must not be floodable without an account.
    expect400(post(SignIn.session(null), "/logout", "csrf-token=%zz"), "anonymous logout");
    assertEquals(List.of(), messages(), "nothing logged as an error");
  }

  @Test
  void brokenEncodingOrControlCharactersInAnyQueryIsA400AndNoError() {
    List<Route> gets =
        routes().stream().filter(r -> r.method.equals("GET") && !r.params.isEmpty()).toList();
    assertTrue(gets.size() >= 8, "query routes found: " + gets);
    String plan = companyPlan();
    for (Route route : gets) {
      String cookie = route.user == null ? "" : credential(route.user);
      for (String param : route.params) {
        for (String bad : Stream.concat(BROKEN_ENCODING.stream(), CONTROL.stream()).toList()) {
          String target = route.path(plan) + "?" + param + "=" + bad;
          assertEquals(400, rawGet(target, cookie), target);
        }
      }
    }
    assertEquals(List.of(), messages(), "nothing logged as an error");
  }

  @Test
  void aRedirectTargetThatIsNoLocalPathGoesHome() {
    for (String next : List.of("/%20/evil.com", "/%3C", "/%22", "/%7B", "/%7C", "/%25zz")) {
      assertEquals("/", languageRedirect(next), next);
    }
    assertEquals("/guidance?q=a%20b", languageRedirect("%2Fguidance%3Fq%3Da%2520b"));
    assertEquals(List.of(), messages(), "nothing logged as an error");
  }

  /** The id of a real plan of the company, so that plan pages reach their resource methods. */
  private static String companyPlan() {
    String path =
        PlanForms.create(SignIn.session("company"), "Malformed input " + UUID.randomUUID());
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String languageRedirect(String next) {
    Response r =
        given()
            .urlEncodingEnabled(false)
            .redirects()
            .follow(false)
            .get("/language/es?next=" + next);
    assertEquals(303, r.statusCode(), next);
    return r.header("Location").replaceFirst("^https?://[^/]+", "");
  }

  private List<String> messages() {
    return errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
  }

  private static Response post(Session session, String path, String body) {
    return session
        .req()
        .urlEncodingEnabled(false)
        .contentType("application/x-www-form-urlencoded")
        .body(body)
        .post(path);
  }

  /**
   * A url-encoded body sent to an upload route is refused before its encoding is read: 415, which
   * is as right an answer as 400 there.
   */
  private static void expect400(Response response, String what) {
    boolean upload = what.contains("multipart=true");
    assertTrue(
        response.statusCode() == 400 || (upload && response.statusCode() == 415),
        what + ": " + response.statusCode());
    assertTrue(response.asString().contains("<html"), what + " shows our page");
  }

  /** A request sent byte for byte: HTTP clients refuse to send a broken escape in a URL. */
  private static int rawGet(String target, String cookie) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      String request =
          "GET "
              + target
              + " HTTP/1.1\r\nHost: localhost:"
              + RestAssured.port
              + "\r\n"
              + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n")
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cookies a sign-in through the real form sets: the credential and the session. */
  private static String credential(String user) {
    Response login = SignIn.post(new CookieFilter(), user, user);
    assertEquals(303, login.statusCode(), "sign-in of " + user);
    return login.getCookies().entrySet().stream()
        .map(c -> c.getKey() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /** One route: method, path template, who may use it, and its query or form parameter names. */
  /** A route; {@code multipart} when it takes file uploads (multipart/form-data) only. */
  record Route(
      String method, String template, String user, List<String> params, boolean multipart) {
    String path(String plan) {
      Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String value =
            switch (m.group(1)) {
              case "plan" -> plan;
              case "element" -> "e1";
              case "code" -> "en";
              case "module" -> "element-1";
              default -> UUID.randomUUID().toString();
            };
        m.appendReplacement(out, value);
      }
      m.appendTail(out);
      return out.toString();
    }
  }

  /** Every resource method of the application, read from the compiled classes. */
  private static List<Route> routes() {
    java.nio.file.Path root = java.nio.file.Path.of("target/classes");
    List<Route> routes = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/complychain"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
        Class<?> type = Class.forName(name, false, MalformedInputTest.class.getClassLoader());
        Path base = type.getAnnotation(Path.class);
        if (base == null || type.isInterface()) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          String verb =
              method.isAnnotationPresent(POST.class)
                  ? "POST"
                  : method.isAnnotationPresent(GET.class) ? "GET" : null;
          if (verb != null) {
            Path sub = method.getAnnotation(Path.class);
            String path = join(base.value(), sub == null ? "" : sub.value());
            jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
            boolean multipart =
                consumes != null
                    && List.of(consumes.value())
                        .contains(jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA);
            routes.add(new Route(verb, path, user(type, path), params(method, verb), multipart));
          }
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    // Sign-out last: if it ever accepted a request, it would end the session of the rest.
    routes.sort(Comparator.comparing((Route r) -> r.template.equals("/logout")));
    return routes;
  }

  private static String join(String base, String sub) {
    String path = (base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String user(Class<?> type, String path) {
    RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
    if (roles != null) {
      return roles.value()[0];
    }
    boolean open = path.equals("/") || path.startsWith("/guidance") || path.startsWith("/language");
    return open ? null : "company";
  }

  /** Query parameters of a GET; form fields of a POST (a raw form body gets a probe field). */
  private static List<String> params(Method method, String verb) {
    Set<String> names = new LinkedHashSet<>();
    for (Parameter p : method.getParameters()) {
      if (verb.equals("GET")) {
        QueryParam q = p.getAnnotation(QueryParam.class);
        RestQuery rq = p.getAnnotation(RestQuery.class);
        if (q != null) {
          names.add(q.value());
        } else if (rq != null) {
          names.add(rq.value().isEmpty() ? p.getName() : rq.value());
        }
      } else if (p.isAnnotationPresent(BeanParam.class)) {
        for (Field f : p.getType().getDeclaredFields()) {
          if (f.isAnnotationPresent(RestForm.class)) {
            names.add(f.getName());
          }
        }
      } else if (p.isAnnotationPresent(FormParam.class)) {
        names.add(p.getAnnotation(FormParam.class).value());
      }
    }
    if (verb.equals("POST")) {
      names.add("probe");
    }
    return List.copyOf(names);
  }
}
