import java.io.IOException;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of two app instances sharing one database behind a balancer, run with the JDK alone by
 * two-instances.sh: {@code java TwoInstances.java A B BALANCER PID_OF_B OUT_DIR}. Prints each check
 * and its figures, writes the markers of every stored and every refused save to OUT_DIR for the
 * script to compare with the database, and exits 1 if a check failed.
 */
public class TwoInstances {

  static final int USERS = Integer.getInteger("users", 16);
  static final int PLANS = Integer.getInteger("plans", 4);
  static final int SECONDS = Integer.getInteger("seconds", 10);
  static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
  static final Pattern VERSION = Pattern.compile("name=\"version\\.([^\"]+)\" value=\"(\\d+)\"");
  static int failed;

  public static void main(String[] args) throws Exception {
    String a = args[0], b = args[1], balancer = args[2];
    long pidB = Long.parseLong(args[3]);
    Path out = Path.of(args[4]);

    Client one = new Client("company");
    one.signIn(a);
    check("signed in on A, the dashboard on B answers 200", one.status(b + "/dashboard") == 200);
    String token = Client.token(one.fetch(a + "/plans/new"));
    var created =
        one.post(
            b + "/plans",
            Map.of("csrf-token", token, "title", "Two instances", "start", "2027-01-01", "end", "2027-12-31"));
    check("a CSRF token from A is accepted by B (303)", created.statusCode() == 303);
    String plan = URI.create(created.headers().firstValue("Location").orElse("/")).getPath();
    pdfCheck(one, a + plan + "/pdf?lang=en", b + plan + "/pdf?lang=en");

    var probe =
        one.http.send(
            one.request(balancer + "/q/health/live").build(), HttpResponse.BodyHandlers.discarding());
    check(
        "the balancer answers and names the instance (X-Served-By)",
        probe.statusCode() == 200 && probe.headers().firstValue("X-Served-By").isPresent());
    List<String> plans = new ArrayList<>();
    for (int i = 0; i < PLANS; i++) {
      String t = Client.token(one.fetch(balancer + "/plans/new"));
      var p =
          one.post(
              balancer + "/plans",
              Map.of("csrf-token", t, "title", "Shared " + i, "start", "2027-01-01", "end", "2027-12-31"));
      plans.add(URI.create(p.headers().firstValue("Location").orElseThrow()).getPath());
    }
    List<Client> clients = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      Client c = new Client("c" + i);
      c.signIn(balancer);
      c.plan = plans.get(i % PLANS);
      clients.add(c);
    }
    System.out.printf(
        "%n%d clients saving element 3 of %d shared plans, %d s per phase%n", USERS, PLANS, SECONDS);
    System.out.printf(
        "%-34s %8s %8s %9s %7s %9s%n", "phase", "saves", "stored", "conflicts", "errors", "cycles/s");
    Phase single = load("one instance (A directly)", clients, a, 0, 0);
    Phase both = load("two instances (balancer)", clients, balancer, 0, 0);
    System.out.printf(
        "    served by: %s; two instances / one = %.2f%n",
        both.servedBy, both.rate() / Math.max(single.rate(), 0.001));
    check("the balancer sent requests to both instances", both.servedBy.size() == 2);
    Phase failover = load("two, B killed (-9) half-way", clients, balancer, pidB, SECONDS / 2);
    System.out.printf(
        "    errors while B went away: %d %s, the last %.1f s after the kill; served by %s%n",
        failover.errors.get(),
        failover.errorKinds,
        failover.lastErrorAfterKill / 1000.0,
        failover.servedBy);
    check("no errors while both instances ran", single.errors.get() == 0 && both.errors.get() == 0);
    check(
        "from 3 s after the kill on, A alone served, and it did serve",
        failover.servedAfterKill.keySet().equals(java.util.Set.of("a")));
    List<String> stored = new ArrayList<>(), conflicts = new ArrayList<>();
    for (Phase p : List.of(single, both, failover)) {
      stored.addAll(p.stored);
      conflicts.addAll(p.conflicts);
    }
    Files.write(out.resolve("stored.txt"), stored);
    Files.write(out.resolve("conflicts.txt"), conflicts);
    Files.writeString(
        out.resolve("figures.txt"),
        "one=%.1f two=%.1f%n".formatted(single.rate(), both.rate()));
    System.exit(failed == 0 ? 0 : 1);
  }

  static void check(String what, boolean ok) {
    System.out.printf("%s  %s%n", ok ? "ok  " : "FAIL", what);
    if (!ok) {
      failed++;
    }
  }

  /** The live PDF carries its generation time to the second: fetch both within the same second. */
  static void pdfCheck(Client c, String fromA, String fromB) throws Exception {
    for (int attempt = 1; attempt <= 5; attempt++) {
      var pa = CompletableFuture.supplyAsync(() -> c.bytes(fromA));
      var pb = CompletableFuture.supplyAsync(() -> c.bytes(fromB));
      byte[] x = pa.get(), y = pb.get();
      if (x.length > 0 && Arrays.equals(x, y)) {
        check("the plan's PDF from A and from B is byte-identical (" + x.length + " bytes)", true);
        return;
      }
    }
    check("the plan's PDF from A and from B is byte-identical", false);
  }

  static final class Phase {
    final List<String> stored = Collections.synchronizedList(new ArrayList<>());
    final List<String> conflicts = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger errors = new AtomicInteger();
    final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> servedBy = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> servedAfterKill = new ConcurrentHashMap<>();
    volatile long killedAt;
    volatile long lastErrorAfterKill;
    int cycles;

    double rate() {
      return cycles / (double) SECONDS;
    }
  }

  /** Every client reads the element page and saves it with what it read, for SECONDS. */
  static Phase load(String name, List<Client> clients, String base, long killPid, int killAfter)
      throws Exception {
    Phase phase = new Phase();
    AtomicInteger cycles = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(SECONDS).toNanos();
    CountDownLatch done = new CountDownLatch(clients.size());
    for (Client c : clients) {
      new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  String marker = c.name + "-" + (++c.round);
                  try {
                    int status = c.save(base, marker, phase);
                    if (status == 303) {
                      phase.stored.add(marker);
                    } else if (status == 409) {
                      phase.conflicts.add(marker);
                    } else {
                      error(phase, "status " + status);
                    }
                  } catch (Exception e) {
                    error(phase, e.getClass().getSimpleName());
                  }
                  cycles.incrementAndGet();
                }
                done.countDown();
              })
          .start();
    }
    if (killPid > 0) {
      Thread.sleep(killAfter * 1000L);
      ProcessHandle.of(killPid).ifPresent(ProcessHandle::destroyForcibly);
      phase.killedAt = System.nanoTime();
    }
    done.await();
    phase.cycles = cycles.get();
    System.out.printf(
        "%-34s %8d %8d %9d %7d %9.1f%n",
        name,
        phase.stored.size() + phase.conflicts.size() + phase.errors.get(),
        phase.stored.size(),
        phase.conflicts.size(),
        phase.errors.get(),
        phase.rate());
    return phase;
  }

  /** Counts an error; the client then waits a moment, as a person would before trying again. */
  static void error(Phase phase, String kind) {
    phase.errors.incrementAndGet();
    phase.errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (phase.killedAt > 0) {
      phase.lastErrorAfterKill =
          Math.max(phase.lastErrorAfterKill, (System.nanoTime() - phase.killedAt) / 1_000_000);
    }
  }

  static final class Client {
    final String name;
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            // Browsers speak HTTP/1.1 or TLS HTTP/2 to a balancer, never an h2c upgrade.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String plan;
    int round;

    Client(String name) {
      this.name = name;
    }

    void signIn(String base) throws Exception {
      var r =
          post(
              base + "/login",
              Map.of(
                  "csrf-token", token(fetch(base + "/login")),
                  "j_username", "company",
                  "j_password", "company"));
      if (r.statusCode() != 302 && r.statusCode() != 303) {
        throw new IllegalStateException("sign-in answered " + r.statusCode());
      }
    }

    /** Reads the element page, then saves every answer of it with the marker in its text. */
    int save(String base, String marker, Phase phase) throws Exception {
      var page = http.send(request(base + plan + "/elements/e3").build(), HttpResponse.BodyHandlers.ofString());
      served(page, phase);
      if (page.statusCode() != 200) {
        return page.statusCode();
      }
      String html = page.body();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("csrf-token", token(html));
      Matcher m = VERSION.matcher(html);
      while (m.find()) {
        String q = m.group(1);
        form.put("version." + q, m.group(2));
        form.put("status." + q, "IN_PROGRESS");
        form.put("text." + q, "Saved by " + marker + " for " + q);
        form.put("owner." + q, "Compliance manager");
        form.put("target." + q, "2027-06-30");
      }
      form.put("next", "later");
      var response = post(base + plan + "/elements/e3", form);
      served(response, phase);
      return response.statusCode();
    }

    void served(HttpResponse<?> r, Phase phase) {
      r.headers()
          .firstValue("X-Served-By")
          .ifPresent(
              s -> {
                phase.servedBy.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
                if (phase.killedAt > 0
                    && System.nanoTime() - phase.killedAt > Duration.ofSeconds(3).toNanos()) {
                  phase.servedAfterKill.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
                }
              });
    }

    int status(String url) throws Exception {
      return http.send(request(url).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    byte[] bytes(String url) {
      try {
        var r = http.send(request(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200 ? r.body() : new byte[0];
      } catch (IOException | InterruptedException e) {
        return new byte[0];
      }
    }

    String fetch(String url) throws Exception {
      return http.send(request(url).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    HttpResponse<Void> post(String url, Map<String, String> fields) throws Exception {
      StringBuilder body = new StringBuilder();
      fields.forEach(
          (k, v) ->
              body.append(body.length() == 0 ? "" : "&")
                  .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return http.send(
          request(url)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }

    HttpRequest.Builder request(String url) {
      return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
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
