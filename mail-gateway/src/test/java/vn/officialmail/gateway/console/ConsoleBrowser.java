package vn.officialmail.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the console under test, driven through {@code /usr/bin/chromedriver} (Debian
 * packages {@code chromium} and {@code chromium-driver}, installed by {@code .ci/run}), offline,
 * never Selenium Manager. One browser serves a whole test class: starting Chromium is the dearest
 * step of a browser test, and {@link #forget()} between tests gives each a browser without a
 * session or a language choice (the session keeps it); the browser keeps no history.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final String DRIVER = "/usr/bin/chromedriver";
    static final String BROWSER = "/usr/bin/chromium";

    private final WebDriver driver;
    private String base = "";

    private ConsoleBrowser(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser; fails (never skips) where Chromium or its driver is missing. */
    static ConsoleBrowser start() {
        assertThat(Path.of(DRIVER))
                .as("chromedriver (Debian package chromium-driver) is needed by the console browser tests")
                .isExecutable();
        assertThat(Path.of(BROWSER))
                .as("chromium (Debian package chromium) is needed by the console browser tests")
                .isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,1000", "--lang=vi");
        // No history: the browser serves many tests, and links an earlier test visited would show
        // purple in the next one's screenshots (docs/screenshots), which then depended on test order.
        options.setExperimentalOption("prefs", Map.of("history.saving_disabled", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new ConsoleBrowser(driver);
    }

    /** Points the relative paths of {@link #open} at the gateway listening on this loopback port. */
    ConsoleBrowser at(int port) {
        base = "http://127.0.0.1:" + port;
        return this;
    }

    WebDriver driver() {
        return driver;
    }

    String base() {
        return base;
    }

    /** Logs in through the form and checks the console greets the user. */
    void logIn(String user, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console"));
        assertThat(driver.getPageSource()).contains(user);
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Clicks what loads a new page and waits for the old one to go: reading before that races the load. */
    void clickAndLoad(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(oldPage));
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The text of the first row of a table whose first cell starts with {@code first}. */
    String row(String table, String first) {
        for (WebElement tr : driver.findElements(By.cssSelector("#" + table + " tbody tr"))) {
            if (tr.findElement(By.tagName("td")).getText().startsWith(first)) {
                return tr.getText();
            }
        }
        throw new AssertionError("no row starting with '" + first + "' in #" + table + ": " + text(table));
    }

    /** The session cookie, for requests the test sends beside the browser. */
    String session() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** Keeps the main pages' pictures current in docs/screenshots (the module runs from mail-gateway/). */
    void screenshot(String name) throws Exception {
        Path dir = Path.of("..", "docs", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Drops the cookies (session, language) of the console, so the next test starts logged out. */
    void forget() {
        if (!base.isEmpty()) {
            open("/login");
            driver.manage().deleteAllCookies();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
