package org.complychain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.complychain.support.Browser;
import org.complychain.support.DatabaseTest;
import org.complychain.support.PlanForms;
import org.complychain.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member writes an answer, leaves the page idle past the session's 31st minute, then presses
 * save: after signing in again, what they typed is still theirs to save, in a real browser.
 */
@QuarkusTest
@DatabaseTest
class IdleSessionBrowserTest {

  @TestHTTPResource("/")
  URL root;

  @Inject DataSource dataSource;

  WebDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void anAnswerTypedBeforeThirtyOneIdleMinutesIsSavedAfterSigningInAgain() throws SQLException {
    String path = PlanForms.create(SignIn.session("company"), "Idle session " + UUID.randomUUID());
    String plan = path.substring(path.lastIndexOf('/') + 1);
    signIn();
    browser.get(root + "plans/" + plan + "/elements/e4");
    browser.findElement(By.cssSelector("input[name='status.e4.q1'][value='IN_PROGRESS']")).click();
    String typed = "Supplier training in Penang, written slowly " + UUID.randomUUID();
    browser.findElement(By.name("text.e4.q1")).sendKeys(typed);

    idleFor31Minutes(browser.manage().getCookieNamed("cc-session").getValue());
    browser.findElement(By.cssSelector("button[name=next][value=later]")).click();
    waitUntil(ExpectedConditions.urlContains("/login"));

    signIn("/kept");
    assertTrue(browser.getPageSource().contains(typed), "the typed answer is shown again");
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    waitUntil(ExpectedConditions.urlContains("saved=1"));

    browser.get(root + "plans/" + plan + "/elements/e4");
    assertEquals(typed, browser.findElement(By.name("text.e4.q1")).getAttribute("value"));
  }

  private void signIn() {
    browser.get(root + "login");
    signIn("/dashboard");
  }

  private void signIn(String landing) {
    browser.findElement(By.id("username")).sendKeys("company");
    browser.findElement(By.id("password")).sendKeys("company");
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    waitUntil(ExpectedConditions.urlContains(landing));
  }

  /** The session's last use moved back, as if the page had been left open that long. */
  private void idleFor31Minutes(String session) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update app_session set last_seen_at = now() - interval '31 minutes' where id = ?")) {
      s.setObject(1, UUID.fromString(session));
      assertEquals(1, s.executeUpdate(), "one session row");
    }
  }

  private void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }
}
