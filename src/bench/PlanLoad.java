import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness for the plan pages, run with the JDK alone by plan-pages.sh, in two steps:
 * {@code java PlanLoad.java prepare BASE_URL} creates one plan per simulated member and prints their
 * addresses (the script then gives each an approved version and a long history in the database);
 * {@code java PlanLoad.java measure BASE_URL PLANS_FILE} measures, in one run, the public guidance
 * topic page (same layout, no database), the element page and saving an element, and prints each
 * against the topic page. Every save is a real write: each member reads the page, then posts a
 * changed answer with the versions it just read.
 */
public class PlanLoad {

  static final int USERS = Integer.getInteger("users", 16);
  static final int SECONDS = Integer.getInteger("seconds", 15);
  static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
  static final Pattern VERSION = Pattern.compile("name=\"version\\.([^\"]+)\" value=\"(\\d+)\"");

  static final Pattern TOPIC = Pattern.compile("href=\"(/guidance/e3/[^\"?#]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[1];
    if (args[0].equals("prepare")) {
      for (int i = 0; i < USERS; i++) {
        System.out.println(new Member(base, null).create("Load plan " + i));
      }
      return;
    }
    List<Member> members = new ArrayList<>();
    for (String plan : Files.readAllLines(Path.of(args[2]))) {
      members.add(new Member(base, plan));
    }
    Matcher topic = TOPIC.matcher(members.get(0).fetch("/guidance/e3"));
    if (!topic.find()) {
      throw new IllegalStateException("no topic link on /guidance/e3");
    }
    String topicPage = topic.group(1);
    System.out.printf("%d users, %d s per phase, against %s%n%n", members.size(), SECONDS, base);
    System.out.printf(
        "%-24s %9s %9s %9s %9s %8s %8s%n",
        "phase", "requests", "req/s", "p50 ms", "p95 ms", "req/s %", "p95 x");
    Result floor = run("GET topic " + topicPage.substring(topicPage.lastIndexOf('/')), members, m -> m.get(topicPage), null);
    run("GET element page", members, m -> m.get(m.plan + "/elements/e3"), floor);
    run("POST save element", members, Member::save, floor);
    // The register's first page, sorted by risk, of an organisation with thousands of suppliers.
    run("GET supplier list", members, m -> m.get("/risk/suppliers"), floor);
    System.out.println(
        "\nreq/s % and p95 x compare each phase with the topic page (aim: >= 50 %, <= 2 x, 0 failed).");
  }

  record Result(double rate, double p95) {}

  interface Step {
    long timed(Member m) throws Exception;
  }

  static Result run(String name, List<Member> members, Step step, Result floor) throws Exception {
    for (Member m : members) {
      for (int i = 0; i < 20; i++) {
        step.timed(m);
      }
    }
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
    CountDownLatch done = new CountDownLatch(members.size());
    for (Member m : members) {
      new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end) {
                    long t = step.timed(m);
                    if (t < 0) {
                      failures.incrementAndGet();
                    } else {
                      times.add(t);
                    }
                  }
                } catch (Exception e) {
                  failures.incrementAndGet();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    Result result = new Result(sorted.size() / (double) SECONDS, percentile(sorted, 95) / 1e6);
    System.out.printf(
        "%-24s %9d %9.0f %9.2f %9.2f %8s %8s%s%n",
        name,
        sorted.size(),
        result.rate(),
        percentile(sorted, 50) / 1e6,
        result.p95(),
        floor == null ? "" : "%.0f".formatted(100 * result.rate() / floor.rate()),
        floor == null ? "" : "%.1f".formatted(result.p95() / floor.p95()),
        failures.get() > 0 ? "  (" + failures.get() + " failed)" : "");
    return result;
  }

  static long percentile(List<Long> sorted, int p) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }

  static final class Member {
    final String base;
    final HttpClient http;
    final String plan;
    int round;

    Member(String base, String plan) throws Exception {
      this.base = base;
      this.plan = plan;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      post(
          "/login",
          Map.of(
              "csrf-token", token(fetch("/login")),
              "j_username", "company",
              "j_password", "company"));
    }

    /** Creates a plan through its form and returns its address. */
    String create(String title) throws Exception {
      String token = token(fetch("/dashboard"));
      var created =
          post(
              "/plans",
              Map.of("csrf-token", token, "title", title, "start", "2027-01-01", "end", "2027-12-31"));
      return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    }

    long get(String path) throws Exception {
      long start = System.nanoTime();
      var response = http.send(request(path).build(), HttpResponse.BodyHandlers.discarding());
      long time = System.nanoTime() - start;
      return response.statusCode() == 200 ? time : -1;
    }

    /** Reads the page (not timed), then times the save of one changed answer. */
    long save() throws Exception {
      String html = fetch(plan + "/elements/e3");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("csrf-token", token(html));
      Matcher m = VERSION.matcher(html);
      while (m.find()) {
        String q = m.group(1);
        form.put("version." + q, m.group(2));
        form.put("status." + q, "IN_PROGRESS");
        form.put("text." + q, "Answer for " + q + ", revision " + round);
        form.put("owner." + q, "Compliance manager");
        form.put("target." + q, "2027-06-30");
      }
      round++;
      form.put("next", "later");
      long start = System.nanoTime();
      var response = post(plan + "/elements/e3", form);
      long time = System.nanoTime() - start;
      return response.statusCode() == 303 ? time : -1;
    }

    String fetch(String path) throws Exception {
      return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    HttpResponse<Void> post(String path, Map<String, String> fields) throws Exception {
      StringBuilder body = new StringBuilder();
      fields.forEach(
          (k, v) ->
              body.append(body.length() == 0 ? "" : "&")
                  .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return http.send(
          request(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }

    HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    static String token(String html) {
      Matcher m = CSRF.matcher(html);
      if (!m.find()) {
        throw new IllegalStateException("no CSRF token on the page");
      }
      return m.group(1);
    }
  }
}
