package org.complychain.review;

import static org.complychain.review.ReviewFixtures.completedPlan;
import static org.complychain.review.ReviewFixtures.elementForm;
import static org.complychain.review.ReviewFixtures.submit;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.complychain.support.Browser;
import org.complychain.support.DatabaseTest;
import org.complychain.support.SignIn;
import org.complychain.support.SignIn.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser, the auditor's side: queue, comment, request changes, then approve. */
@QuarkusTest
@DatabaseTest
class ReviewBrowserTest {

  @TestHTTPResource("/")
  URL root;

  @Inject EntityManager em;

  WebDriver browser;

  @BeforeEach
  void open() {
    ReviewFixtures.organisation(em);
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void anAuditorCommentsRequestsChangesAndLaterApproves() {
    Session company = SignIn.session("company3");
    String plan = completedPlan(company, "Browser review plan");
    submit(company, plan, "en").then().statusCode(303);

    browser.get(root + "login");
    browser.findElement(By.id("username")).sendKeys("auditor");
    browser.findElement(By.id("password")).sendKeys("auditor");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waitUntil(ExpectedConditions.urlContains("/dashboard"));
    browser.findElement(By.linkText("Reviews")).click();
    waitUntil(ExpectedConditions.urlContains("/audit"));
    browser.findElement(By.linkText("Browser review plan")).click();
    waitUntil(ExpectedConditions.urlContains("/audit/versions/"));

    assertTrue(browser.findElements(By.tagName("textarea")).size() == 1, "only the decision note");
    browser.findElement(By.cssSelector("a[href$='/elements/e1']")).click();
    waitUntil(ExpectedConditions.urlContains("/elements/e1"));
    browser.findElement(By.cssSelector("a[href$='comment?target=e1.q1']")).click();
    waitUntil(ExpectedConditions.urlContains("target=e1.q1"));
    submitAndWait(By.cssSelector("form[action$='/comments'] button"));
    assertTrue(
        browser.getPageSource().contains("Question 1.1: Write a comment before adding it"),
        "a refused comment names its question");
    browser.findElement(By.id("body")).sendKeys("Which unions did you speak to?");
    submitAndWait(By.cssSelector("form[action$='/comments'] button"));
    assertTrue(browser.getCurrentUrl().contains("/elements/e1?saved=1#e1.q1"));
    assertTrue(browser.getPageSource().contains("Which unions did you speak to?"));
    browser.findElement(By.cssSelector("a.back-link")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("decision")));

    browser.findElement(By.cssSelector("input[name=decision][value=CHANGES_REQUESTED]")).click();
    browser.findElement(By.id("note")).sendKeys("Please name the unions.");
    submitAndWait(By.cssSelector("#decision button"));
    assertTrue(browser.getPageSource().contains("Changes requested"));
    assertTrue(browser.findElements(By.id("decision")).isEmpty(), "no second decision form");

    Map<String, String> revised = elementForm(company, plan, "e1");
    revised.put("status.e1.q1", "IN_PLACE");
    revised.put("text.e1.q1", "We spoke to the national garment workers' federation.");
    company.req().formParams(revised).post(plan + "/elements/e1").then().statusCode(303);
    submit(company, plan, "en").then().statusCode(303);

    browser.get(root + "audit");
    browser.findElement(By.linkText("Browser review plan")).click();
    waitUntil(ExpectedConditions.urlContains("/audit/versions/"));
    assertTrue(browser.getPageSource().contains("What changed since version 1"));
    browser.findElement(By.cssSelector("input[name=decision][value=APPROVED]")).click();
    submitAndWait(By.cssSelector("#decision button"));
    assertTrue(
        browser.getPageSource().contains("Tick the box to confirm"), "approval is confirmed");
    browser.findElement(By.cssSelector("input[name=decision][value=APPROVED]")).click();
    browser.findElement(By.id("confirm")).click();
    submitAndWait(By.cssSelector("#decision button"));
    assertTrue(browser.getPageSource().contains("Approved"));
    assertTrue(
        !browser.findElements(By.partialLinkText("Download the approved document")).isEmpty());
  }

  /** Clicks a submit button and waits until its page has been replaced by the next one. */
  private void submitAndWait(By button) {
    WebElement element = browser.findElement(button);
    element.click();
    waitUntil(ExpectedConditions.stalenessOf(element));
  }

  private void waitUntil(ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
  }
}
