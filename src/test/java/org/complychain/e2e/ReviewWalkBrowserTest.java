package org.complychain.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.complychain.support.Browser;
import org.complychain.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole review cycle in one real browser, as the demo's people walk it: the company member of
 * the seeded Northwind organisation fills every element, checks and submits; the seeded auditor
 * comments on a question and requests changes; the company reads the comment beside its answer,
 * revises and resubmits; the auditor reads what changed and approves; the company downloads the
 * approved PDF. Once in English on a desktop window, once in Malay on a phone window; visible texts
 * come from the message bundles of the language in use.
 */
@QuarkusTest
@DatabaseTest
class ReviewWalkBrowserTest {

  private static final Dimension DESKTOP = new Dimension(1280, 900);
  private static final Dimension PHONE = new Dimension(390, 844);
  private static final List<String> FAMILIES = List.of("msg", "plan", "review", "org");
  private static final String FIRST_ANSWER = "Policy drafted.";
  private static final String REVISED_ANSWER = "Policy signed by the director.";

  @TestHTTPResource("/")
  URL root;

  WebDriver browser;
  String lang;
  List<String> englishOnly;

  @BeforeEach
  void open() {
    browser = Browser.start();
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void theReviewCycleInEnglishOnADesktop() {
    walk("en", DESKTOP, "Walk plan desktop");
  }

  @Test
  void theReviewCycleInMalayOnAPhone() {
    walk("ms", PHONE, "Walk plan phone");
  }

  private void walk(String language, Dimension window, String title) {
    lang = language;
    englishOnly = "en".equals(lang) ? List.of() : englishOnly();
    assertTrue(
        "en".equals(lang)
            || englishOnly.contains(bundle("review", "en").getProperty("submitted_banner")),
        "the English sentences to look for are read");
    browser.manage().window().setSize(window);

    signIn("company");
    if (!"en".equals(lang)) {
      browser.findElement(By.cssSelector("nav.languages a[hreflang=" + lang + "]")).click();
      waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
    }
    String plan = createPlan(title);
    fillEveryElement(plan);
    submitFromCheck();
    assertEquals(text("review", "next_title"), heading("#next-steps h2"));

    signOut();
    signIn("auditor");
    assertEquals(lang, browser.findElement(By.tagName("html")).getAttribute("lang"));
    openInQueue(title);
    assertTrue(
        browser.findElements(By.cssSelector("section.changes ins")).isEmpty(),
        "version 1 has nothing to compare with");
    commentOnFirstQuestion("Who approved this policy?");
    decide("CHANGES_REQUESTED", "Please name who approved the policy.", false);

    signOut();
    signIn("company");
    browser.get(plan + "/review");
    checkPage();
    assertTrue(
        browser
            .findElement(By.id("next-steps"))
            .getText()
            .contains(text("review", "next_changes").replace("{number}", "1")),
        "the company is told changes were asked for");
    assertTrue(
        browser
            .findElement(By.id("next-steps"))
            .getText()
            .contains("Please name who approved the policy."));
    reviseFirstAnswer(plan);
    submitFromCheck();

    signOut();
    signIn("auditor");
    openInQueue(title);
    assertEquals(
        text("review", "changes_title").replace("{number}", "1"), heading("#changes-title"));
    String deleted = joined(By.cssSelector("section.changes del"));
    String inserted = joined(By.cssSelector("section.changes ins"));
    assertTrue(deleted.contains("drafted"), "before: " + deleted);
    assertTrue(inserted.contains("signed"), "after: " + inserted);
    checkPage();
    decide("APPROVED", "", true);

    signOut();
    signIn("company");
    browser.get(plan + "/review");
    checkPage();
    assertEquals(text("review", "approved_title"), heading("#approved-title"));
    WebElement download =
        browser.findElement(
            By.linkText(text("review", "approved_download").replace("{number}", "2")));
    String sha = browser.findElement(By.cssSelector(".approved-document .hash")).getText();
    byte[] pdf = fetchWithBrowserCookies(download.getAttribute("href"));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    assertEquals(sha, sha256(pdf), "the stored PDF is the one whose hash is shown");
  }

  private void signIn(String user) {
    browser.get(root + "login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user);
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waitUntil(ExpectedConditions.urlContains("/dashboard"));
  }

  private void signOut() {
    browser.findElement(By.cssSelector(".account button")).click();
    waitUntil(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account a[href='/login']")));
  }

  /** Creates the plan from the dashboard and returns its address. */
  private String createPlan(String title) {
    browser.findElement(By.cssSelector("a[href='/plans/new']")).click();
    waitUntil(ExpectedConditions.urlContains("/plans/new"));
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), title));
    checkPage();
    return browser.getCurrentUrl().replaceFirst("[?#].*$", "");
  }

  /**
   * Answers every question of the eight elements through their pages: in each element the first
   * question is in place with a short answer, the others not applicable with a reason.
   */
  private void fillEveryElement(String plan) {
    browser.findElement(By.cssSelector("a[href$='/continue']")).click();
    waitUntil(ExpectedConditions.urlContains("/elements/e1"));
    for (int e = 1; e <= 8; e++) {
      waitUntil(ExpectedConditions.urlContains("/elements/e" + e));
      checkPage();
      List<WebElement> questions = browser.findElements(By.cssSelector("fieldset[data-question]"));
      assertFalse(questions.isEmpty(), "questions of element " + e);
      for (int i = 0; i < questions.size(); i++) {
        String q = questions.get(i).getAttribute("id");
        if (i == 0) {
          choose(q, "IN_PLACE");
          type(By.id("text-" + q), e == 1 ? FIRST_ANSWER : "Done for element " + e + ".");
        } else {
          choose(q, "NOT_APPLICABLE");
          type(By.id("reason-" + q), "No such sites this year.");
        }
      }
      submitAndWait(By.cssSelector("button[value=continue]"));
      assertTrue(
          browser.findElements(By.cssSelector(".error-summary")).isEmpty(),
          "element " + e + " saved: " + browser.getCurrentUrl());
    }
    assertTrue(browser.getCurrentUrl().startsWith(plan + "/check"), browser.getCurrentUrl());
  }

  /** On "check your plan": names the approver, ticks the declaration and submits. */
  private void submitFromCheck() {
    if (!browser.getCurrentUrl().contains("/check")) {
      browser.findElement(By.cssSelector("a[href$='/check']")).click();
      waitUntil(ExpectedConditions.urlContains("/check"));
    }
    assertEquals(text("plan", "check_title"), heading("h1"));
    checkPage();
    WebElement name = browser.findElement(By.id("approverName"));
    name.clear();
    name.sendKeys("Amira Haddad");
    WebElement position = browser.findElement(By.id("approverPosition"));
    position.clear();
    position.sendKeys("Managing Director");
    click(browser.findElement(By.id("declared")));
    submitAndWait(By.cssSelector("#submit button[type=submit]"));
    assertTrue(browser.getCurrentUrl().contains("/review?submitted=1"), browser.getCurrentUrl());
    assertEquals(
        text("review", "submitted_banner"),
        browser.findElement(By.cssSelector(".notice-banner")).getText());
    checkPage();
  }

  private void openInQueue(String title) {
    browser.findElement(By.cssSelector("nav.main-nav a[href='/audit']")).click();
    waitUntil(ExpectedConditions.urlContains("/audit"));
    checkPage();
    browser.findElement(By.linkText(title)).click();
    waitUntil(ExpectedConditions.urlContains("/audit/versions/"));
    checkPage();
  }

  /** Opens element 1 of the version under review and comments on its first question. */
  private void commentOnFirstQuestion(String body) {
    browser.findElement(By.cssSelector("a[href$='/elements/e1']")).click();
    waitUntil(ExpectedConditions.urlContains("/elements/e1"));
    checkPage();
    WebElement first = browser.findElements(By.cssSelector("article.question-block")).get(0);
    assertTrue(first.getText().contains(FIRST_ANSWER), first.getText());
    WebElement link = first.findElement(By.cssSelector("a[href*='comment?target=']"));
    assertTrue(link.getText().startsWith(text("review", "comment_link")), link.getText());
    link.click();
    waitUntil(ExpectedConditions.urlContains("comment?target="));
    checkPage();
    assertEquals(1, browser.findElements(By.cssSelector("main form")).size(), "one form");
    type(By.id("body"), body);
    submitAndWait(By.cssSelector("form[action$='/comments'] button"));
    assertEquals(
        text("review", "saved"), browser.findElement(By.cssSelector(".notice-banner")).getText());
    assertTrue(browser.getPageSource().contains(body));
    browser.findElement(By.cssSelector("a.back-link")).click();
    waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("decision")));
  }

  private void decide(String decision, String note, boolean confirm) {
    click(browser.findElement(By.cssSelector("input[name=decision][value=" + decision + "]")));
    type(By.id("note"), note);
    if (confirm) {
      click(browser.findElement(By.id("confirm")));
    }
    submitAndWait(By.cssSelector("#decision button"));
    assertEquals(
        text("review", "saved"), browser.findElement(By.cssSelector(".notice-banner")).getText());
    assertTrue(browser.findElements(By.id("decision")).isEmpty(), "the decision is taken");
    checkPage();
  }

  /** The company reads the auditor's comment beside its answer and changes that answer. */
  private void reviseFirstAnswer(String plan) {
    browser.get(plan + "/elements/e1");
    checkPage();
    WebElement first = browser.findElements(By.cssSelector("fieldset[data-question]")).get(0);
    WebElement notes = first.findElement(By.cssSelector(".reviewer-notes"));
    assertEquals(
        text("plan", "element_reviewer_comments"), notes.findElement(By.tagName("h3")).getText());
    assertTrue(notes.getText().contains("Who approved this policy?"), notes.getText());
    String q = first.getAttribute("id");
    assertEquals(FIRST_ANSWER, browser.findElement(By.id("text-" + q)).getAttribute("value"));
    WebElement answer = browser.findElement(By.id("text-" + q));
    answer.clear();
    type(By.id("text-" + q), REVISED_ANSWER);
    submitAndWait(By.cssSelector("button[value=later]"));
    browser.findElement(By.cssSelector("a[href$='/check']")).click();
    waitUntil(ExpectedConditions.urlContains("/check"));
  }

  private void choose(String question, String status) {
    click(
        browser.findElement(
            By.cssSelector("input[name='status." + question + "'][value=" + status + "]")));
  }

  private void type(By field, String value) {
    WebElement element = browser.findElement(field);
    scrollTo(element);
    element.sendKeys(value);
  }

  /** Clicks after scrolling the element into the middle, clear of a phone's sticky header. */
  private void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** Clicks a submit button and waits until its page has been replaced by the next one. */
  private void submitAndWait(By button) {
    WebElement element = browser.findElement(button);
    click(element);
    waitUntil(driver -> gone(element));
  }

  /**
   * Whether the page holding this element was replaced. Chromium sometimes answers a question about
   * an element of the page being replaced with "does not belong to the document" instead of a stale
   * element: both mean the same here.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private String heading(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private String joined(By by) {
    return browser.findElements(by).stream()
        .map(WebElement::getText)
        .collect(Collectors.joining(" "));
  }

  private void waitUntil(ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
  }

  /** Fetches a link as the signed-in browser would, with its cookies. */
  private byte[] fetchWithBrowserCookies(String href) {
    String cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build();
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), href);
      assertEquals(
          "application/pdf",
          response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What every page of the walk must get right: on a phone nothing is wider than the screen; in
   * another language no English sentence of the bundles is left on the page.
   */
  private void checkPage() {
    if (browser.manage().window().getSize().equals(PHONE)) {
      Object overflow =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "return document.documentElement.scrollWidth"
                      + " > document.documentElement.clientWidth;");
      assertEquals(Boolean.FALSE, overflow, "wider than the phone: " + browser.getCurrentUrl());
    }
    if (!"en".equals(lang)) {
      String page = browser.findElement(By.tagName("body")).getText();
      for (String english : englishOnly) {
        assertFalse(
            page.contains(english), "English left: " + english + " on " + browser.getCurrentUrl());
      }
    }
  }

  /**
   * Sentences of the English bundles that the language in use says differently, cut at their
   * placeholders; short pieces are left out, as a short word may be the same in both languages.
   */
  private List<String> englishOnly() {
    List<String> sentences = new ArrayList<>();
    for (String family : FAMILIES) {
      Properties english = bundle(family, "en");
      Properties own = bundle(family, lang);
      for (String key : english.stringPropertyNames()) {
        String value = english.getProperty(key);
        if (value.equals(own.getProperty(key))) {
          continue;
        }
        for (String piece : value.split("\\{[^}]*\\}")) {
          if (piece.strip().length() >= 20) {
            sentences.add(piece.strip());
          }
        }
      }
    }
    return sentences;
  }

  /** A message of the language in use, read from its bundle file. */
  private String text(String family, String key) {
    String value = bundle(family, lang).getProperty(key);
    assertTrue(value != null, key + " in " + family + "_" + lang);
    return value;
  }

  private static Properties bundle(String family, String language) {
    Properties props = new Properties();
    Path file = Path.of("i18n", "messages", family + "_" + language + ".properties");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }
}
