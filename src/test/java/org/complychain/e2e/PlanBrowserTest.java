package org.complychain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: a company member creates a plan, answers a question in two elements, signs
 * out, signs in again and continues where they stopped.
 */
@QuarkusTest
@DatabaseTest
class PlanBrowserTest {

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
  void aMemberAnswersTwoElementsLeavesAndContinuesWhereTheyStopped() {
    signIn();
    clickAndWaitFor(By.linkText("Start a new plan"), "/plans/new");
    browser.findElement(By.id("title")).sendKeys("Browser plan");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Browser plan"));
    String planUrl = browser.getCurrentUrl();

    clickAndWaitFor(By.linkText("Continue where you stopped"), "/elements/e1");
    answerEveryQuestionAsNotApplicable();
    clickAndWaitFor(By.cssSelector("button[value=continue]"), "/elements/e2");

    browser.findElement(By.cssSelector("input[name='status.e2.q1'][value=IN_PROGRESS]")).click();
    browser.findElement(By.id("text-e2.q1")).sendKeys("Tier 1 mapped; tier 2 under way.");
    clickAndWaitFor(By.cssSelector("button[value=later]"), "saved=1");
    assertTrue(browser.getPageSource().contains("Your answers have been saved."));

    browser.findElement(By.cssSelector(".account button")).click();
    waitUntil(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account a[href='/login']")));
    signIn();
    browser.get(planUrl);
    clickAndWaitFor(By.linkText("Continue where you stopped"), "/elements/e2");
    assertEquals(
        "Tier 1 mapped; tier 2 under way.",
        browser.findElement(By.id("text-e2.q1")).getAttribute("value"));
    assertTrue(
        browser
            .findElement(By.cssSelector("input[name='status.e2.q1'][value=IN_PROGRESS]"))
            .isSelected());
  }

  private void clickAndWaitFor(By target, String urlPart) {
    browser.findElement(target).click();
    waitUntil(ExpectedConditions.urlContains(urlPart));
  }

  private void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
  }

  private void signIn() {
    browser.get(root + "login");
    browser.findElement(By.id("username")).sendKeys("company");
    browser.findElement(By.id("password")).sendKeys("company");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/dashboard"));
  }

  private void answerEveryQuestionAsNotApplicable() {
    for (var radio :
        browser.findElements(By.cssSelector("input[type=radio][value=NOT_APPLICABLE]"))) {
      radio.click();
    }
    for (var reason : browser.findElements(By.cssSelector("textarea[id^=reason-]"))) {
      reason.sendKeys("Outside the scope of this first plan.");
    }
  }
}
