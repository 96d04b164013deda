package cn.songjiang.budget.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser of the console's tests: the system's Chromium, headless, driven through its own chromedriver. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A new browser (Chinese first, as the console's users), its console messages kept for the tests to read. */
    static WebDriver start() {
        return start(null);
    }

    /** The same, saving downloads in the given folder without asking (headless too); null: no downloads. */
    static WebDriver start(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1440,1000",
                "--lang=zh-CN");
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "download.directory_upgrade", true,
                    "profile.default_content_setting_values.automatic_downloads", 1));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** A click on a form's button returns before the answer has loaded; waits for the page it leads to. */
    static void awaitPath(WebDriver browser, String path) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> driver.getCurrentUrl().contains(path)
                        && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}
