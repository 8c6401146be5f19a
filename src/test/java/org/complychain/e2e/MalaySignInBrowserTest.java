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

/** A real headless Chromium: the demo company user signs in and switches the site to Malay. */
@QuarkusTest
@DatabaseTest
class MalaySignInBrowserTest {

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
  void companyUserSignsInAndReadsTheDashboardInMalay() {
    browser.get(root + "dashboard");
    assertTrue(browser.getCurrentUrl().endsWith("/login"), browser.getCurrentUrl());

    browser.findElement(By.id("username")).sendKeys("company");
    browser.findElement(By.id("password")).sendKeys("company");
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/dashboard"));

    assertTrue(browser.getCurrentUrl().endsWith("/dashboard"), browser.getCurrentUrl());
    assertEquals("Welcome, company", browser.findElement(By.tagName("h1")).getText());

    browser.findElement(By.linkText("Bahasa Melayu")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ms"));

    assertTrue(browser.getCurrentUrl().endsWith("/dashboard"), browser.getCurrentUrl());
    assertEquals("ms", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Selamat datang, company", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.getPageSource().contains("Ahli syarikat"));
    assertTrue(browser.findElement(By.cssSelector(".account")).getText().contains("Log keluar"));
  }
}
