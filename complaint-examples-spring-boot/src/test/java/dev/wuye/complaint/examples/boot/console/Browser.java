package dev.wuye.complaint.examples.boot.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium for the console's browser tests. Without
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the test is skipped with a message, except when
 * the environment variable {@code CI} is {@code true}: then it fails. Screenshots go to the directory of the
 * system property {@code console.screenshots} ({@code target/console-screenshots} by default).
 */
public final class Browser implements AutoCloseable {

    static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public final WebDriver driver;
    private final String base;
    private final Path shots;

    private Browser(WebDriver driver, String base, Path shots) {
        this.driver = driver;
        this.base = base;
        this.shots = shots;
    }

    /**
     * Starts the browser, or skips the test when there is none (fails under {@code CI=true}).
     *
     * @param base the application's address, {@code http://localhost:<port>}
     * @return the browser
     */
    public static Browser start(String base) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "no browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (Debian's chromium and "
                    + "chromium-driver)";
            if (CI) {
                throw new IllegalStateException(why + " -- CI=true, so a missing browser fails the build");
            }
            Assumptions.abort(why + " -- skipping (with CI=true this fails)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Path shots = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
        return new Browser(driver, base, shots);
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    void click(String css) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Clicks a submit button and waits for the next page. */
    void submit(String css) {
        WebElement button = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        button.click();
        waiting().until(ExpectedConditions.stalenessOf(button));
    }

    public void signIn(String user) {
        open("/login");
        type("#username", user);
        type("#password", "wuye-demo");
        submit("#sign-in");
        find("#my-work");
    }

    void signOut() {
        submit("form.logout button");
        find("#sign-in");
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the whole page as it is now (the window grown to the page's height for the shot). */
    public void screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int pageHeight = height instanceof Number n ? n.intValue() : before.getHeight();
        try {
            if (pageHeight > before.getHeight()) {
                size(before.getWidth(), Math.min(pageHeight + 140, 4000));
            }
            Files.createDirectories(shots);
            Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
