package org.policywatch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policywatch.indexer.ArticleIndex;
import org.policywatch.model.AnalyzedArticle;

/**
 * Drives the real search UI in Debian's headless Chromium: a user types a query, submits it with
 * the button, reads the results, follows a link, makes a syntax error and narrows by a facet.
 * Fails (never skips) when the browser or its driver is missing; CI installs both.
 */
class SearchPageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * Selenium's CDP bindings lag Debian's Chromium and warn once per session that none match; this
     * test speaks plain WebDriver, never CDP, so those two loggers are quieted (held here, as JUL
     * keeps loggers only weakly).
     */
    private static final List<Logger> CDP_NOISE = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    @TempDir
    static Path dir;
    private static ArticleIndex index;
    private static SearchApp app;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        index = ArticleIndex.open(dir.resolve("index"));
        for (AnalyzedArticle article : BrowserTestArticles.all()) {
            index.upsert(article);
        }
        index.refresh();
        app = SearchApp.start(UiConfig.defaults().withPort(0), index);
        driver = startBrowser(Files.createDirectories(dir.resolve("chrome-profile")));
        wait = new WebDriverWait(driver, WAIT);
    }

    private static WebDriver startBrowser(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("headless browser missing: install it with"
                    + " `apt-get install -y chromium chromium-driver` (needs " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        CDP_NOISE.forEach(log -> log.setLevel(Level.SEVERE));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1024", "--user-data-dir=" + profile);
        ChromeDriver chrome = new ChromeDriver(options);
        chrome.manage().timeouts().pageLoadTimeout(WAIT);
        return chrome;
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (app != null) {
                app.close();
            }
            if (index != null) {
                index.close();
            }
        }
    }

    /** Keeps a picture of the last page of every test in target/screenshots, for debugging. */
    @AfterEach
    void screenshot(TestInfo info) throws IOException {
        if (driver instanceof TakesScreenshot camera) {
            Files.createDirectories(SCREENSHOTS);
            Path shot = camera.getScreenshotAs(OutputType.FILE).toPath();
            String name = info.getTestMethod().map(m -> m.getName()).orElse("page");
            Files.copy(shot, SCREENSHOTS.resolve("SearchPageIT-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void searchFromTheHomePageShowsCountTitlesHighlightsAndQuotes() {
        openHome();
        assertThat(summary()).isEqualTo("4 articles");

        search(BrowserTestArticles.QUERY);

        assertThat(driver.getCurrentUrl()).endsWith("/?q=" + BrowserTestArticles.QUERY);
        assertThat(summary()).isEqualTo("3 articles for " + BrowserTestArticles.QUERY);
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(BrowserTestArticles.QUERY);
        assertThat(hitTitles()).containsExactlyInAnyOrder(BrowserTestArticles.QUOTED_TITLE,
                BrowserTestArticles.COUNCIL_TITLE, BrowserTestArticles.HOSTILE_TITLE);

        List<WebElement> marks = driver.findElements(By.cssSelector("ol.hits li.hit p.snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).allSatisfy(m -> assertThat(m.getText().toLowerCase(Locale.ROOT)).startsWith("needle"));

        WebElement quoted = hit(BrowserTestArticles.QUOTED_TITLE);
        assertThat(quoted.findElement(By.cssSelector("ul.quotes li q")).getText())
                .isEqualTo(BrowserTestArticles.QUOTE_TEXT);
        assertThat(quoted.findElement(By.cssSelector("ul.quotes li .speaker")).getText())
                .isEqualTo("— " + BrowserTestArticles.SPEAKER);
        assertThat(quoted.findElement(By.cssSelector(".meta .source")).getText()).isEqualTo(BrowserTestArticles.COASTAL);
        assertThat(hit(BrowserTestArticles.COUNCIL_TITLE).findElements(By.cssSelector("ul.quotes"))).isEmpty();
    }

    @Test
    void hostileTitleShowsAsLiteralTextAndRunsNothing() {
        openHome();
        search(BrowserTestArticles.QUERY);

        WebElement link = hit(BrowserTestArticles.HOSTILE_TITLE).findElement(By.cssSelector("h2 a"));
        assertThat(link.getText()).isEqualTo(BrowserTestArticles.HOSTILE_TITLE);
        assertThat(link.findElements(By.xpath(".//*"))).as("markup inside the title link").isEmpty();
        assertNoImageAndNoAlert();

        link.click();
        wait.until(ExpectedConditions.urlContains("/article/bq3"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article h1"))).getText())
                .isEqualTo(BrowserTestArticles.HOSTILE_TITLE);
        assertThat(driver.getTitle()).startsWith(BrowserTestArticles.HOSTILE_TITLE);
        assertNoImageAndNoAlert();
    }

    @Test
    void resultLinkOpensTheArticleWithItsQuoteAndSpeaker() {
        openHome();
        search(BrowserTestArticles.QUERY);

        hit(BrowserTestArticles.QUOTED_TITLE).findElement(By.cssSelector("h2 a")).click();

        wait.until(ExpectedConditions.urlContains("/article/" + BrowserTestArticles.QUOTED_ID));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article h1")));
        assertThat(heading.getText()).isEqualTo(BrowserTestArticles.QUOTED_TITLE);
        assertThat(driver.findElement(By.cssSelector("article .meta .source")).getText())
                .isEqualTo(BrowserTestArticles.COASTAL);
        assertThat(driver.findElements(By.cssSelector("article .text p"))).hasSize(2);
        WebElement quote = driver.findElement(By.cssSelector("ul.quotes li"));
        assertThat(quote.findElement(By.cssSelector("blockquote.direct")).getText())
                .isEqualTo(BrowserTestArticles.QUOTE_TEXT);
        assertThat(quote.findElement(By.cssSelector("p.speaker strong")).getText()).isEqualTo(BrowserTestArticles.SPEAKER);
        assertThat(quote.findElement(By.cssSelector("p.speaker")).getText())
                .contains(BrowserTestArticles.SPEAKER_DETAILS).contains("Direct");
        assertThat(driver.findElement(By.cssSelector("ul.actors")).getText()).contains(BrowserTestArticles.SPEAKER);
        assertThat(driver.findElement(By.cssSelector("ul.incidents")).getText()).containsIgnoringCase("policy change");

        driver.findElement(By.cssSelector("p.back a")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".summary [role=status]"), "4 articles"));
    }

    @Test
    void malformedQueryShowsAFriendly400Page() throws Exception {
        openHome();
        search("title:(");

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".results .error[role=alert]")));
        assertThat(error.findElement(By.tagName("h2")).getText()).isEqualTo("That search could not run");
        assertThat(error.findElement(By.tagName("p")).getText()).startsWith("Cannot understand the query");
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("title:(");
        assertThat(driver.findElements(By.cssSelector("ol.hits"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Exception").doesNotContain("org.apache.lucene");
        assertThat(statusOf(driver.getCurrentUrl())).isEqualTo(400);

        search(BrowserTestArticles.QUERY);
        assertThat(summary()).isEqualTo("3 articles for " + BrowserTestArticles.QUERY);
    }

    @Test
    void facetLinkNarrowsTheResults() {
        openHome();
        search(BrowserTestArticles.QUERY);

        WebElement facet = driver.findElement(By.xpath(
                "//aside[@class='facets']//section[h2='Outlet']//li[a='" + BrowserTestArticles.INLAND + "']"));
        assertThat(facet.findElement(By.cssSelector(".count")).getText()).isEqualTo("2");
        WebElement page = driver.findElement(By.tagName("html"));
        facet.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.stalenessOf(page));

        wait.until(ExpectedConditions.textToBe(By.cssSelector(".summary [role=status]"),
                "2 articles for " + BrowserTestArticles.QUERY));
        assertThat(driver.getCurrentUrl()).contains("source=Inland+Gazette");
        assertThat(hitTitles()).containsExactlyInAnyOrder(BrowserTestArticles.COUNCIL_TITLE,
                BrowserTestArticles.HOSTILE_TITLE);
        assertThat(driver.findElements(By.cssSelector("ol.hits .meta .source")))
                .extracting(WebElement::getText).containsOnly(BrowserTestArticles.INLAND);
        assertThat(driver.findElement(By.cssSelector("ul.filters")).getText())
                .contains("Outlet: " + BrowserTestArticles.INLAND);
        assertThat(driver.findElement(By.xpath("//aside[@class='facets']//a[@aria-current='true']")).getText())
                .isEqualTo(BrowserTestArticles.INLAND);
    }

    private static void openHome() {
        driver.get(app.baseUrl() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
    }

    /** Types a query into the header search box and presses its button, as a user would. */
    private static void search(String query) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query);
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.results")));
    }

    private static String summary() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".summary [role=status]"))).getText();
    }

    private static List<String> hitTitles() {
        return driver.findElements(By.cssSelector("ol.hits li.hit h2 a")).stream().map(WebElement::getText).toList();
    }

    private static WebElement hit(String title) {
        return driver.findElements(By.cssSelector("ol.hits li.hit")).stream()
                .filter(h -> h.findElement(By.cssSelector("h2 a")).getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hit titled " + title + " among " + hitTitles()));
    }

    private static void assertNoImageAndNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElements(By.tagName("img"))).as("<img> elements in the DOM").isEmpty();
        assertThat(driver.findElements(By.cssSelector("[onerror]"))).isEmpty();
    }

    private static int statusOf(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(WAIT).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
