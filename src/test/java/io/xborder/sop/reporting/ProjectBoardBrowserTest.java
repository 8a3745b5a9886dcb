package io.xborder.sop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import io.xborder.sop.browser.BrowserSession;
import io.xborder.sop.projects.ProjectVariables;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A manager in a Chinese browser, logged into Cockpit, opens the project board in the morning: columns and cards
 * in words, the Gantt-style timeline, a filter that stays in the link, a project's steps and audit trail; then the
 * same board on a phone and in English. Screenshots: target/screenshots/board-*.png.
 */
@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class ProjectBoardBrowserTest {

  static final Duration HOUR = Duration.ofHours(1);
  static final Duration DAY = Duration.ofDays(1);

  @RegisterExtension
  final BrowserSession browser = new BrowserSession("zh-CN");

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aManagerReadsTheBoardFiltersItAndOpensAProject() throws Exception {
    HistorySeed seed = new HistorySeed(jdbc, "board-fixture");
    HistorySeed kycTemplate = new HistorySeed(jdbc, "board-fixture-kyc");
    String suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    String late = "BF-LATE-" + suffix;
    String verifying = seed.project(late, now.minus(DAY.multipliedBy(6)), null);
    describe(seed, verifying, "Acme 德国站开店", "lina", "amazon", "DE");
    seed.task(verifying, "Task_PrepareCompanyDocuments", "准备公司资料 · " + late, "lina", now.minus(DAY.multipliedBy(6)),
        now.minus(DAY.multipliedBy(5)), now.minus(DAY.multipliedBy(4)));
    seed.task(verifying, "Task_SubmitCompanyInformation", "提交公司信息 · " + late, "lina", now.minus(DAY.multipliedBy(5)),
        now.minus(DAY.multipliedBy(2)), now.minus(DAY.multipliedBy(4)));
    String kyc = seed.called(verifying, kycTemplate.template, late, now.minus(DAY.multipliedBy(2)), null);
    seed.task(kyc, "Task_CollectKycDocuments", "收集 KYC 资料 · " + late, "lina", now.minus(DAY.multipliedBy(2)), null,
        now.minus(HOUR.multipliedBy(6)));

    String review = "BF-REVIEW-" + suffix;
    String reviewed = seed.project(review, now.minus(DAY.multipliedBy(3)), null);
    describe(seed, reviewed, "Bright 英国站开店", "wangwei", "amazon", "UK");
    seed.text(reviewed, ReportVariables.APPLICATION_STATUS, "UNDER_REVIEW");
    seed.task(reviewed, "Task_PrepareCompanyDocuments", "准备公司资料 · " + review, "wangwei", now.minus(DAY.multipliedBy(3)),
        now.minus(DAY.multipliedBy(2)), now.plus(DAY));
    seed.task(reviewed, "Task_WaitForReview", "等待平台审核 · " + review, "wangwei", now.minus(DAY.multipliedBy(2)), null,
        now.plus(DAY.multipliedBy(2)));

    String listing = "BF-SHOPEE-" + suffix;
    String listed = seed.project(listing, now.minus(DAY), null);
    describe(seed, listed, "Shopee 马来站开店", "zhaomin", "shopee", "MY");
    seed.task(listed, "Task_ListFirstProduct", "上架首个商品 · " + listing, "zhaomin", now.minus(DAY), null, now.plus(DAY.multipliedBy(3)));

    String done = "BF-DONE-" + suffix;
    String finished = seed.project(done, now.minus(DAY.multipliedBy(9)), now.minus(DAY.multipliedBy(1)));
    describe(seed, finished, "Acme 法国站开店", "lina", "amazon", "FR");
    seed.task(finished, "Task_ConfirmStoreOpeningClosure", "确认开店完成 · " + done, "lina", now.minus(DAY.multipliedBy(9)),
        now.minus(DAY.multipliedBy(1)), now.minus(DAY.multipliedBy(2)));
    seed.project("BF-ARCHIVED-" + suffix, now.minus(DAY.multipliedBy(60)), now.minus(DAY.multipliedBy(40)));

    String baseUrl = "http://localhost:" + port;
    browser.logIn(baseUrl, "cockpit", "zhoujing", "demo");
    browser.waitFor(By.cssSelector(".ctn-header, [data-xborder='dashboard']"));
    browser.driver().get(baseUrl + "/reports/board?template=" + seed.template);
    browser.visible(By.cssSelector(".card[data-key='" + late + "']"));

    assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("项目看板");
    assertThat(browser.visible(By.id("meta")).getText()).contains("Asia/Shanghai").contains("+08:00");
    assertThat(browser.driver().findElements(By.cssSelector(".column h2"))).extracting(WebElement::getText)
        .extracting(title -> title.replaceAll("\\s*\\d+$", ""))
        .as("statuses first, then current steps (newest projects first), completed last")
        .containsExactly("审核中", "上架首个商品", "收集 KYC 资料", "已完成");
    assertThat(browser.driver().findElements(By.cssSelector(".card"))).extracting(card -> card.getAttribute("data-key"))
        .containsExactlyInAnyOrder(late, review, listing, done);
    WebElement lateCard = browser.visible(By.cssSelector(".card[data-key='" + late + "']"));
    assertThat(lateCard.findElement(By.cssSelector(".subject")).getText()).isEqualTo("Acme 德国站开店");
    assertThat(lateCard.findElement(By.cssSelector(".badge")).getText()).isEqualTo("已逾期");
    assertThat(lateCard.findElement(By.cssSelector(".owner")).getText()).isEqualTo("Li Na");
    assertThat(lateCard.findElement(By.cssSelector(".step")).getText()).isEqualTo("收集 KYC 资料");
    assertThat(lateCard.findElement(By.cssSelector(".steps")).getText()).isEqualTo("2 / 3 步");
    assertThat(browser.driver().findElements(By.cssSelector(".card[data-key='" + review + "'] .badge"))).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("#gantt .gantt-row[data-key]"))).hasSize(4);
    assertThat(browser.driver().findElements(By.cssSelector("#gantt .gantt-row.overdue"))).extracting(row -> row.getAttribute("data-key"))
        .containsExactly(late);
    assertThat(browser.driver().findElements(By.cssSelector("#gantt .gantt-row[data-key='" + late + "'] .actual.late"))).hasSize(2);
    assertThat(browser.driver().findElements(By.cssSelector("#gantt .gantt-row[data-key] .today"))).hasSize(4);
    browser.screenshot("board-1400-zh");

    new Select(browser.visible(By.id("platform"))).selectByVisibleText("亚马逊 Amazon");
    assertThat(browser.driver().getCurrentUrl()).contains("template=" + seed.template).contains("platform=amazon");
    browser.driver().navigate().refresh();
    browser.visible(By.cssSelector(".card[data-key='" + late + "']"));
    assertThat(browser.driver().findElements(By.cssSelector(".card"))).extracting(card -> card.getAttribute("data-key"))
        .as("the filter stays in the link").containsExactlyInAnyOrder(late, review, done);

    browser.click(By.cssSelector(".card[data-key='" + late + "']"));
    assertThat(browser.visible(By.id("project-title")).getText()).isEqualTo("Acme 德国站开店 · " + late);
    assertThat(browser.driver().getCurrentUrl()).contains("project=" + late);
    browser.visible(By.cssSelector("#timeline [data-step='Task_CollectKycDocuments'] .actual.late"));
    assertThat(browser.driver().findElements(By.cssSelector("#timeline .gantt-row[data-step]"))).extracting(row -> row.getAttribute("data-step"))
        .containsExactly("Task_PrepareCompanyDocuments", "Task_SubmitCompanyInformation", "Task_CollectKycDocuments");
    assertThat(browser.driver().findElements(By.cssSelector("#timeline [data-step='Task_PrepareCompanyDocuments'] .actual.late"))).isEmpty();
    assertThat(browser.visible(By.cssSelector("#audit tbody tr")).getText()).contains("项目开始");
    assertThat(browser.driver().findElement(By.id("audit")).getText()).contains("收集 KYC 资料");
    browser.screenshot("board-project-1400-zh");

    browser.driver().manage().window().setSize(new Dimension(390, 1600));
    browser.driver().get(baseUrl + "/reports/board?template=" + seed.template);
    browser.visible(By.cssSelector(".card[data-key='" + late + "']"));
    assertThat((Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth"))
        .as("nothing wider than the phone").isLessThanOrEqualTo(400L);
    browser.screenshot("board-390-zh");

    browser.click(By.id("language"));
    assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Project board");
    assertThat(browser.driver().findElements(By.cssSelector(".column h2"))).extracting(WebElement::getText)
        .extracting(title -> title.replaceAll("\\s*\\d+$", "")).contains("Under review", "Completed");
    assertThat(browser.visible(By.cssSelector(".card[data-key='" + late + "'] .steps")).getText()).isEqualTo("2 of 3 steps");
    browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    browser.screenshot("board-1400-en");
  }

  private static void describe(HistorySeed seed, String project, String subject, String owner, String platform, String site) {
    seed.text(project, ProjectVariables.PROJECT_SUBJECT, subject);
    seed.text(project, ProjectVariables.PROJECT_OWNER, owner);
    seed.text(project, "platform", platform);
    seed.text(project, "site", site);
  }
}
