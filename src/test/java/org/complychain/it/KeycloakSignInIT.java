package org.complychain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.complychain.support.Browser;
import org.complychain.support.EmbeddedPostgresResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Production sign-in end to end: the packaged app (prod profile) signs people in through a real
 * Keycloak with the project's realm, in a real browser; a program reads the API with a token of the
 * realm's service account.
 */
@QuarkusIntegrationTest
@WithTestResource(
    value = EmbeddedPostgresResource.class,
    scope = TestResourceScope.RESTRICTED_TO_CLASS)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class KeycloakSignInIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private WebDriver browser;
  private String app;

  @BeforeEach
  void openBrowser() {
    int port =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.test-port", Integer.class)
            .orElse(8081);
    app = "http://localhost:" + port;
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void companyMemberSignsInSeesDashboardIsRefusedReviewsAndSignsOut() {
    browser.get(app + "/dashboard");
    signInAtKeycloak("company", "company");

    waitForPage(app + "/dashboard");
    assertTrue(heading().startsWith("Welcome"), "dashboard heading: " + heading());
    assertEquals("Company member", browser.findElement(By.cssSelector("dd.roles")).getText());

    browser.get(app + "/audit");
    assertEquals("Error 403", heading());

    browser.get(app + "/dashboard");
    waitForPage(app + "/dashboard");
    String copiedCookies = cookieHeader();
    assertEquals(200, statusWith(copiedCookies), "a copy of the cookies works before sign-out");
    browser.findElement(By.xpath("//form[@action='/logout']//button[.='Sign out']")).click();
    // Quarkus ends its session and sends the browser through Keycloak's end-session endpoint, which
    // returns it to the public home page (Keycloak echoes the logout request's state parameter).
    new WebDriverWait(browser, WAIT)
        .withMessage(() -> "still on " + browser.getCurrentUrl())
        .until(ExpectedConditions.urlMatches("^" + Pattern.quote(app + "/") + "(\\?.*)?$"));
    assertTrue(
        browser.findElements(By.xpath("//form[@action='/logout']")).isEmpty(),
        "the home page still offers sign-out");

    // A copy of the cookies taken before sign-out no longer opens the dashboard.
    assertEquals(302, statusWith(copiedCookies), "the copied session still works after sign-out");

    // Both sessions are gone: the app asks Keycloak, and Keycloak asks for a password again.
    browser.get(app + "/dashboard");
    waitForKeycloakLogin();
    assertTrue(
        browser.getCurrentUrl().contains("/realms/" + KeycloakResource.REALM + "/"),
        "expected Keycloak's login page after sign-out, got " + browser.getCurrentUrl());
  }

  @Test
  void auditorSignsInAndSeesReviews() {
    browser.get(app + "/audit");
    signInAtKeycloak("auditor", "auditor");

    waitForPage(app + "/audit");
    assertEquals("Reviews", heading());
  }

  /**
   * A program signs in as the realm's service account (client credentials grant) and reads the
   * plans of the organisation an administrator made that account a member of, and no others.
   */
  @Test
  void serviceAccountReadsItsOrganisationsPlansThroughTheApiWithARealToken() throws Exception {
    String own = "Integration plan " + UUID.randomUUID();
    String foreign = "Foreign plan " + UUID.randomUUID();
    try (Connection db = database()) {
      UUID partner = organisation(db, "Integration Partner " + UUID.randomUUID());
      member(db, partner, KeycloakResource.INTEGRATION_IDENTITY);
      plan(db, partner, own);
      plan(db, organisation(db, "Other Company " + UUID.randomUUID()), foreign);
    }

    HttpResponse<String> anonymous = apiPlans(null);
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertTrue(anonymous.body().contains("\"unauthorized\""), anonymous.body());

    assertEquals(401, apiPlans("not-a-token").statusCode(), "a made-up token");

    HttpResponse<String> answer = apiPlans(serviceAccountToken());
    assertEquals(200, answer.statusCode(), answer.body());
    JsonNode page = new ObjectMapper().readTree(answer.body());
    assertEquals(1, page.get("total").asInt(), answer.body());
    assertEquals(own, page.get("items").get(0).get("title").asText());
    assertEquals("DRAFT", page.get("items").get(0).get("status").asText());
    assertFalse(answer.body().contains(foreign), "another organisation's plan is not listed");
  }

  private HttpResponse<String> apiPlans(String token) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app + "/api/v1/plans")).timeout(WAIT);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** An access token for the service account, from Keycloak's token endpoint. */
  private static String serviceAccountToken() throws IOException, InterruptedException {
    String issuer = property("quarkus.oidc.auth-server-url");
    String form =
        "grant_type=client_credentials&client_id="
            + KeycloakResource.INTEGRATION_CLIENT_ID
            + "&client_secret="
            + KeycloakResource.INTEGRATION_CLIENT_SECRET;
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .timeout(WAIT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return new ObjectMapper().readTree(response.body()).get("access_token").asText();
  }

  /** The app's database, as the test resource handed it to the app. */
  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        property("quarkus.datasource.jdbc.url"),
        property("quarkus.datasource.username"),
        property("quarkus.datasource.password"));
  }

  /** What a test resource handed the app; Quarkus also sets it as a system property here. */
  private static String property(String name) {
    String value = System.getProperty(name);
    return value != null ? value : ConfigProvider.getConfig().getValue(name, String.class);
  }

  private static UUID organisation(Connection db, String name) throws SQLException {
    UUID id = UUID.randomUUID();
    update(db, "insert into organisation (id, name) values (?, ?)", id, name);
    return id;
  }

  private static void member(Connection db, UUID organisation, String identity)
      throws SQLException {
    update(
        db,
        "insert into membership (id, organisation_id, identity) values (?, ?, ?)",
        UUID.randomUUID(),
        organisation,
        identity);
  }

  private static void plan(Connection db, UUID organisation, String title) throws SQLException {
    update(
        db,
        "insert into plan (id, organisation_id, title, period_start, period_end, content_version,"
            + " created_at, created_by) values (?, ?, ?, date '2027-01-01', date '2027-12-31',"
            + " 'it', now(), 'it')",
        UUID.randomUUID(),
        organisation,
        title);
  }

  private static void update(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  /** The app's cookies as the browser would send them, for replaying them elsewhere. */
  private String cookieHeader() {
    return browser.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private int statusWith(String cookies) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(app + "/dashboard"))
              .timeout(WAIT)
              .header("Cookie", cookies)
              .build();
      return HttpClient.newHttpClient()
          .send(request, HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void signInAtKeycloak(String username, String password) {
    waitForKeycloakLogin();
    assertTrue(
        browser.getCurrentUrl().contains("/realms/" + KeycloakResource.REALM + "/"),
        "expected Keycloak's login page, got " + browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("kc-login")).click();
  }

  private void waitForKeycloakLogin() {
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }

  private void waitForPage(String url) {
    new WebDriverWait(browser, WAIT)
        .withMessage(() -> "still on " + browser.getCurrentUrl())
        .until(ExpectedConditions.urlToBe(url));
    new WebDriverWait(browser, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  private String heading() {
    WebElement h1 = browser.findElement(By.tagName("h1"));
    return h1.getText().trim();
  }
}
