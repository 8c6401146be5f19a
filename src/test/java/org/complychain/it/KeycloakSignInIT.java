package org.complychain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * Keycloak with the project's realm, in a real browser.
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
