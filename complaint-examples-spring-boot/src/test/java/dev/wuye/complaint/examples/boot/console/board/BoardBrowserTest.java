package dev.wuye.complaint.examples.boot.console.board;

import static dev.wuye.complaint.examples.boot.console.board.ConsoleFixture.RECEIVER_C01;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.cases.ValidityGround;
import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.examples.boot.console.Browser;
import dev.wuye.complaint.examples.boot.MutableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The SLA board and the monthly table in a real Chromium, signed in as 李主管 (head of C01): the board shows C01's
 * overdue complaint, then — without a reload — a complaint that became overdue after the page was opened, when
 * htmx polls the rows (every 30 seconds); the monthly table draws its charts. Screenshots {@code board.png} and
 * {@code monthly.png} (see {@link Browser} for where they go).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:console-board-browser;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
class BoardBrowserTest {

    /** Monday 17 March 2025, 10:00 in Shanghai. */
    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 17, 10, 0);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock boardBrowserClock() {
            return new MutableClock(NOW);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ComplaintDesk desk;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("R-4.7.1 the board picks up a newly overdue complaint without reloading; the monthly table draws its charts")
    void theBoardRefreshesInPlace() {
        String first = ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 3, 10, 10, 0),
                ValidityGround.STAFF_ATTITUDE, "13812345678");
        ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 3, 13, 10, 0),
                ValidityGround.STAFF_ATTITUDE, "13912345678");
        ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 3, 12, 9, 0),
                ValidityGround.OTHER, "13612345678");
        clock.set(NOW);
        try (Browser browser = Browser.start("http://localhost:" + port)) {
            browser.signIn("h-li");
            browser.open("/console/board");
            assertThat(browser.find("tr[data-case='" + first + "'][data-clock='TIME_LIMIT']").getText())
                    .contains("超期 2 个工作日").contains("138****5678");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            js.executeScript("window.boardOpenedOnce = true;");

            // Received Tuesday 11 March: due Friday 14 March, one working day overdue on Monday 17 March.
            String later = ConsoleFixture.complaint(desk, clock, RECEIVER_C01, LocalDateTime.of(2025, 3, 11, 10, 0),
                    ValidityGround.STAFF_ATTITUDE, "13512345678");
            clock.set(NOW);
            new WebDriverWait(browser.driver, Duration.ofSeconds(45)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-case='" + later + "'][data-clock='TIME_LIMIT']")));
            assertThat(js.executeScript("return window.boardOpenedOnce === true;"))
                    .as("the rows came in without a reload").isEqualTo(true);
            assertThat(browser.find("tr[data-case='" + later + "'][data-clock='TIME_LIMIT']").getText())
                    .contains("超期 1 个工作日");
            browser.screenshot("board");

            browser.open("/console/monthly?department=C01&month=2025-03");
            assertThat(browser.find("#monthly-table tr[data-metric='ACCEPTED']").getText()).contains("4");
            assertThat(browser.driver.findElements(By.cssSelector(".chart svg rect.bar.current"))).isNotEmpty();
            assertThat(browser.find("#sign-and-submit").isDisplayed()).isTrue();
            browser.screenshot("monthly");
        }
    }
}
