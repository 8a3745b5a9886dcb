package io.xborder.sop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import io.xborder.sop.browser.BrowserSession;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A manager, logged into Cockpit, opens the project board, filters a template and reads a project's timeline. */
@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class ProjectBoardBrowserTest {

  static final Duration DAY = Duration.ofDays(1);

  @RegisterExtension
  final BrowserSession browser = new BrowserSession();

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theBoardShowsAColumnPerStageAndAProjectsTimeline() {
    HistorySeed seed = new HistorySeed(jdbc, "board-fixture");
    Instant now = Instant.now();
    String verifying = seed.project("BF-VERIFY", now.minus(DAY.multipliedBy(3)), null);
    seed.text(verifying, "platform", "amazon");
    seed.task(verifying, "Task_SubmitCompanyInfo", "lina", now.minus(DAY.multipliedBy(3)), now.minus(DAY.multipliedBy(2)),
        now.minus(DAY.multipliedBy(2)).plusSeconds(3600));
    seed.task(verifying, "Task_VerifyIdentity", "lina", now.minus(DAY.multipliedBy(2)), null, now.minus(DAY));
    String reviewed = seed.project("BF-REVIEW", now.minus(DAY.multipliedBy(2)), null);
    seed.text(reviewed, ReportVariables.APPLICATION_STATUS, "under review");
    seed.text(reviewed, "platform", "shopee");
    seed.project("BF-DONE", now.minus(DAY.multipliedBy(9)), now.minus(DAY.multipliedBy(5)));
    seed.project("BF-ARCHIVED", now.minus(DAY.multipliedBy(60)), now.minus(DAY.multipliedBy(40)));

    String baseUrl = "http://localhost:" + port;
    browser.logIn(baseUrl, "cockpit", "zhoujing", "demo");
    browser.waitFor(By.cssSelector(".ctn-header, [data-xborder='dashboard']"));
    browser.driver().get(baseUrl + "/reports/board");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#template option[value='" + seed.template + "']")));
    new Select(browser.visible(By.id("template"))).selectByValue(seed.template);

    assertThat(browser.driver().findElements(By.cssSelector(".column h2"))).extracting(WebElement::getText)
        .containsExactlyInAnyOrder("VerifyIdentity", "under review", "Completed");
    assertThat(browser.driver().findElements(By.cssSelector(".card"))).extracting(card -> card.getAttribute("data-key"))
        .containsExactlyInAnyOrder("BF-VERIFY", "BF-REVIEW", "BF-DONE");

    new Select(browser.visible(By.id("platform"))).selectByVisibleText("amazon");
    assertThat(browser.driver().findElements(By.cssSelector(".card"))).extracting(card -> card.getAttribute("data-key"))
        .containsExactly("BF-VERIFY");

    browser.click(By.cssSelector(".card[data-key='BF-VERIFY']"));
    browser.visible(By.cssSelector("[data-step='Task_VerifyIdentity'] .actual.late"));
    assertThat(browser.driver().findElements(By.cssSelector("#timeline .bar-row"))).extracting(row -> row.getAttribute("data-step"))
        .containsExactly("Task_SubmitCompanyInfo", "Task_VerifyIdentity");
    assertThat(browser.driver().findElements(By.cssSelector("[data-step='Task_SubmitCompanyInfo'] .actual.late"))).isEmpty();
    assertThat(browser.visible(By.cssSelector("#audit tr")).getText()).contains("project started");

    browser.click(By.id("language"));
    assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("项目看板");
  }
}
