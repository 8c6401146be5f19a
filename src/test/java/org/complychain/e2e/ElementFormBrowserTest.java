package org.complychain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.complychain.support.Browser;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: a refused form takes focus to its error summary and marks every field in error
 * the same way; the element page shows the box that fits the chosen status.
 */
@QuarkusTest
@DatabaseTest
class ElementFormBrowserTest {

  /** The --danger colour of app.css as the browser reports it. */
  private static final String DANGER = "rgba(164, 22, 26, 1)";

  @TestHTTPResource("/")
  URL root;

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
  void aRefusedNewPlanFocusesTheSummaryAndEveryFieldInErrorIsRed() {
    signIn();
    browser.get(root + "plans/new");
    browser.findElement(By.id("title")).clear();
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
    assertTrue(browser.getTitle().startsWith("Error: "), browser.getTitle());
    WebElement focused = browser.switchTo().activeElement();
    assertEquals("error-summary", focused.getAttribute("class"));
    assertEquals(DANGER, browser.findElement(By.id("title")).getCssValue("border-top-color"));
  }

  @Test
  void theReasonBoxAppearsOnlyForNotApplicableAndTheAnswerBoxOtherwise() {
    signIn();
    browser.get(root + "plans/new");
    browser.findElement(By.id("title")).sendKeys("Reveal plan");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Reveal plan"));
    browser.get(browser.getCurrentUrl() + "/elements/e1");
    WebElement answer = browser.findElement(By.id("text-e1.q1"));
    WebElement reason = browser.findElement(By.id("reason-e1.q1"));
    assertTrue(answer.isDisplayed());
    assertFalse(reason.isDisplayed());
    browser.findElement(By.cssSelector("input[name='status.e1.q1'][value=NOT_APPLICABLE]")).click();
    assertFalse(answer.isDisplayed());
    assertTrue(reason.isDisplayed());
    browser.findElement(By.cssSelector("input[name='status.e1.q1'][value=IN_PLACE]")).click();
    assertTrue(answer.isDisplayed());
    assertFalse(reason.isDisplayed());
  }

  private void signIn() {
    browser.get(root + "login");
    browser.findElement(By.id("username")).sendKeys("company");
    browser.findElement(By.id("password")).sendKeys("company");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitUntil(ExpectedConditions.urlContains("/dashboard"));
  }

  private void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }
}
