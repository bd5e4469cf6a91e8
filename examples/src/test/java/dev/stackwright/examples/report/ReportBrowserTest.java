package dev.stackwright.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Stack;
import dev.stackwright.core.diagram.Topology;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.report.Report;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.examples.Platforms;
import dev.stackwright.examples.shop.ShopPlatform;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The shop's report, opened in a real headless Chromium: it renders without a console error, its
 * diagram shows every component, its filters work, every object link opens an existing file, and a
 * screenshot is kept in {@code examples/target/} as a build artifact. Debian's {@code chromium} and
 * {@code chromium-driver} are used from {@code /usr/bin}, never downloaded: Selenium Manager is not
 * asked for anything.
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path TARGET = Path.of("target");

  private static ChromeDriver browser;
  private static List<SynthResult> results;
  private static Path dist;

  @BeforeAll
  static void writeTheReportAndStartTheBrowser() throws IOException {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as(
            "the report is checked in a real browser: install Debian's Chromium and its driver"
                + " with `apt-get update && apt-get install -y chromium chromium-driver` (.ci/run"
                + " does), so that %s and %s exist",
            CHROMIUM, DRIVER)
        .isTrue();
    dist = TARGET.resolve("report-browser/dist").toAbsolutePath();
    // The previous output: the same platform with an older api image, so the report shows a diff.
    Stack older =
        Stack.builder()
            .from(ShopPlatform.stack(ShopPlatform.PROD))
            .addPatch(
                Patch.json(
                    "Deployment",
                    "shop",
                    "api",
                    "[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/image\","
                        + "\"value\":\"registry.example.com/shop/api:1.3.2\"}]"))
            .build();
    OutputFolder folder = OutputFolder.at(dist);
    Report.write(
        folder,
        List.of(Synthesizer.strict().run(older).orThrow()),
        Layout.PER_OBJECT,
        EnumSet.of(Format.PLAIN));
    results = Platforms.all().stream().map(s -> Synthesizer.strict().run(s).orThrow()).toList();
    Report.write(folder, results, Layout.PER_OBJECT, EnumSet.of(Format.PLAIN, Format.HELM));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",
        "--window-size=1440,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    // The driver by its path (and the browser by setBinary above), so Selenium Manager, which
    // would download them, is never run.
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    browser = new ChromeDriver(options);
  }

  @AfterAll
  static void stopTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Path page(String path) {
    return dist.resolve(path);
  }

  private static void open(Path page) {
    browser.get(page.toUri().toString());
    browser.manage().logs().get(LogType.BROWSER); // drop what an earlier page logged
    browser.navigate().refresh();
  }

  private static List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add(e.getLevel() + " " + e.getMessage());
      }
    }
    return problems;
  }

  @Test
  void theProdReportRendersEveryComponentAndEveryObjectLinkResolves() throws IOException {
    SynthResult prod = results.get(1);
    open(page("shop/prod/report.html"));

    assertThat(browser.getTitle()).isEqualTo("Stack shop · prod");
    assertThat(consoleProblems()).as("browser console").isEmpty();

    Set<String> expected = new TreeSet<>();
    Topology.of(prod).nodes().forEach(n -> expected.add(n.id().toString()));
    Set<String> drawn = new TreeSet<>();
    for (WebElement node : browser.findElements(By.cssSelector("svg#stack-diagram g.node"))) {
      assertThat(node.isDisplayed()).as(node.getDomAttribute("data-id")).isTrue();
      assertThat(node.getRect().getWidth()).isPositive();
      drawn.add(node.getDomAttribute("data-id"));
    }
    assertThat(drawn).isEqualTo(expected).hasSizeGreaterThan(20);

    List<WebElement> links = browser.findElements(By.cssSelector("a.obj"));
    assertThat(links).hasSize(prod.entries().size());
    for (WebElement link : links) {
      Path file = Path.of(URI.create(link.getDomProperty("href")));
      assertThat(file).as(link.getText()).isRegularFile();
      assertThat(file.getParent()).isEqualTo(page("shop/prod"));
    }
    assertThat(browser.findElement(By.id("changes")).getText())
        .contains("~ Deployment shop/api (apps/v1)")
        .contains("registry.example.com/shop/api:1.3.2");

    screenshot("report-screenshot.png", 1440, 1640);
    fullPage("report-full.png");
    for (String section : List.of("changes", "objects", "stages", "warnings", "security")) {
      Files.write(
          TARGET.resolve("report-" + section + ".png"),
          browser.findElement(By.id(section)).getScreenshotAs(OutputType.BYTES));
    }
  }

  @Test
  void theFiltersHideALayerAndANamespaceWithTheirArrows() {
    open(page("shop/prod/report.html"));
    WebElement compute =
        browser.findElement(By.cssSelector("input[data-filter=layer][value=compute]"));
    WebElement someNode = browser.findElement(By.cssSelector("g.node[data-layer=compute]"));

    compute.click();

    assertThat(someNode.isDisplayed()).isFalse();
    assertThat(visible("g.node[data-layer=compute]")).isZero();
    assertThat(visible("g.node[data-layer=network]")).isPositive();
    assertThat(visible("details.layer[data-layer=compute]")).isZero();
    compute.click();
    assertThat(someNode.isDisplayed()).isTrue();

    browser.findElement(By.cssSelector("input[data-filter=ns][value=monitoring]")).click();
    assertThat(visible("g.node[data-ns=monitoring]")).isZero();
    assertThat(visible("g.node[data-ns=shop]")).isPositive();
    assertThat(consoleProblems()).as("browser console").isEmpty();
  }

  @Test
  void theIndexPutsTheEnvironmentsSideBySideAndLinksTheirReports() {
    open(page("shop/index.html"));

    assertThat(consoleProblems()).as("browser console").isEmpty();
    List<WebElement> envs = browser.findElements(By.cssSelector("a.env-link"));
    assertThat(envs).extracting(WebElement::getText).containsExactly("dev report", "prod report");
    for (WebElement link : envs) {
      assertThat(Path.of(URI.create(link.getDomProperty("href")))).isRegularFile();
    }
    assertThat(browser.findElement(By.cssSelector("table.side")).getText())
        .contains("dev prod")
        .contains("objects");
  }

  private static long visible(String css) {
    return browser.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .count();
  }

  private static void screenshot(String name, int width, int height) throws IOException {
    browser.manage().window().setSize(new Dimension(width, height));
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    Files.write(TARGET.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static void fullPage(String name) throws IOException {
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Files.write(TARGET.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }
}
