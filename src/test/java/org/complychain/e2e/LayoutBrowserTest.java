package org.complychain.e2e;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: long words wrap instead of widening the page, the content never touches the
 * footer, and on a phone the header leaves most of the screen to the content.
 */
@QuarkusTest
@DatabaseTest
class LayoutBrowserTest {

  /** A phone held upright (iPhone 12 to 15 in CSS pixels). */
  private static final Dimension PHONE = new Dimension(390, 844);

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
  void aTenThousandCharacterWordWrapsOnTheCheckPage() {
    signIn();
    browser.get(root + "plans/new");
    browser.findElement(By.id("title")).sendKeys("Long word plan");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Long word plan"));
    String plan = browser.getCurrentUrl().replaceAll("[?#].*$", "");

    browser.get(plan + "/elements/e1");
    browser.findElement(By.cssSelector("input[name='status.e1.q1'][value=IN_PROGRESS]")).click();
    js("document.getElementById('text-e1.q1').value = 'w'.repeat(10000);");
    browser.findElement(By.cssSelector("button[value=later]")).click();
    waitUntil(ExpectedConditions.urlContains("saved=1"));

    browser.get(plan + "/check");
    assertNoSidewaysScroll("check page at 1280 px");
    browser.manage().window().setSize(PHONE);
    browser.navigate().refresh();
    assertNoSidewaysScroll("check page on a phone");
    assertSpaceAboveFooter();
  }

  @Test
  void onAPhoneTheHeaderTakesAtMostASixthOfTheScreen() {
    signIn();
    browser.manage().window().setSize(PHONE);
    for (String page : new String[] {"dashboard", "guidance", "guidance/glossary"}) {
      browser.get(root + page);
      long header = number("return document.querySelector('main').getBoundingClientRect().top;");
      assertTrue(
          header * 6 <= PHONE.height,
          page + ": content starts at " + header + " px of the phone's " + PHONE.height);
      assertNoSidewaysScroll(page);
      assertSpaceAboveFooter();
    }
  }

  private void assertNoSidewaysScroll(String where) {
    long scroll = number("return document.documentElement.scrollWidth;");
    long width = number("return document.documentElement.clientWidth;");
    assertTrue(scroll <= width, where + ": " + scroll + " px wide in a " + width + " px window");
  }

  /** The last thing in the content stands clear of the footer's rule. */
  private void assertSpaceAboveFooter() {
    long gap =
        number(
            "var main = document.querySelector('main');"
                + "var last = main.lastElementChild;"
                + "return Math.round(document.querySelector('.site-footer').getBoundingClientRect().top"
                + " - last.getBoundingClientRect().bottom);");
    assertTrue(gap >= 24, "the content ends " + gap + " px above the footer");
  }

  private long number(String script) {
    return ((Number) js(script)).longValue();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private void waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
  }

  private void signIn() {
    browser.get(root + "login");
    browser.findElement(By.id("username")).sendKeys("company");
    browser.findElement(By.id("password")).sendKeys("company");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waitUntil(ExpectedConditions.urlContains("/dashboard"));
  }
}
