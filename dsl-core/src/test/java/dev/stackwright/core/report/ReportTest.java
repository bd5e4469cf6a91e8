package dev.stackwright.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.cli.Stackwright;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestService;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.validate.Acknowledgement;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportTest {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");

  @TempDir Path dir;

  private static Stack shop(Environment env) {
    TestWorkload api = TestWorkload.http("api");
    return Stack.builder()
        .name("shop")
        .environment(env)
        .addNamespace(Namespace.of("shop"))
        .add(api, TestService.of(api), TestComponent.of("web").warning("no probes"))
        .acknowledge(Acknowledgement.of("test.warning", "test web", "probes come with 2.0"))
        .build();
  }

  private static List<SynthResult> environments() {
    return List.of(
        Synthesizer.synthesize(shop(Environment.of("dev"))),
        Synthesizer.synthesize(shop(Environment.of("prod"))));
  }

  private static List<String> write(Path out, List<SynthResult> results, Layout layout) {
    return Report.write(OutputFolder.at(out), results, layout, EnumSet.of(Format.PLAIN));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aReportIsWrittenBesideEachEnvironmentAndEveryLinkResolves(Layout layout) throws IOException {
    Path out = dir.resolve("dist");

    List<String> written = write(out, environments(), layout);

    assertThat(written)
        .contains("shop/dev/report.html", "shop/prod/report.html", "shop/index.html");
    for (String page :
        List.of("shop/dev/report.html", "shop/prod/report.html", "shop/index.html")) {
      Path file = out.resolve(page);
      List<String> links = links(Files.readString(file));
      assertThat(links).as(page).isNotEmpty();
      for (String link : links) {
        assertThat(file.resolveSibling(link)).as(page + " links " + link).exists();
      }
    }
    assertThat(links(Files.readString(out.resolve("shop/prod/report.html"))))
        .filteredOn(l -> l.endsWith(".yaml"))
        .hasSize(Synthesizer.synthesize(shop(Environment.of("prod"))).entries().size());
  }

  @Test
  void theTopologyDrawsEveryComponentButNamespacesWithItsLayerAndNamespace() throws IOException {
    Path out = dir.resolve("dist");
    write(out, environments(), Layout.PER_OBJECT);

    String html = Files.readString(out.resolve("shop/prod/report.html"));

    assertThat(html)
        .contains("<svg id=\"stack-diagram\"")
        .contains("data-id=\"workload shop/api\" data-layer=\"compute\" data-ns=\"shop\"")
        .contains("data-id=\"test shop/web\"")
        .contains("data-id=\"service shop/api\" data-layer=\"network\"")
        .contains(
            "class=\"edge dependency\" data-from=\"service shop/api\" data-to=\"workload shop/api\"")
        .doesNotContain("data-id=\"namespace");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http://", "https://", "<link", "src=\"", "@import");
  }

  @Test
  void theReportIsDeterministic() throws IOException {
    write(dir.resolve("a"), environments(), Layout.PER_OBJECT);
    write(dir.resolve("b"), environments(), Layout.PER_OBJECT);

    for (String page : List.of("shop/dev/report.html", "shop/index.html")) {
      assertThat(Files.readString(dir.resolve("b").resolve(page)))
          .isEqualTo(Files.readString(dir.resolve("a").resolve(page)));
    }
  }

  @Test
  void theReportListsTheObjectsChangedSinceThePreviousOutput() throws IOException {
    Path out = dir.resolve("dist");
    Stack before = shop(Environment.DEFAULT);
    write(out, List.of(Synthesizer.synthesize(before)), Layout.PER_OBJECT);
    assertThat(Files.readString(out.resolve("shop/report.html")))
        .contains("There was no previous output");
    Stack after =
        Stack.builder()
            .from(before)
            .addPatch(
                Patch.typed(
                    ConfigMap.class,
                    "web",
                    cm -> new ConfigMapBuilder(cm).addToData("name", "renamed").build()))
            .build();

    write(out, List.of(Synthesizer.synthesize(after)), Layout.PER_OBJECT);

    assertThat(Files.readString(out.resolve("shop/report.html")))
        .contains("<li class=\"changed\"><span class=\"sign\">~</span> ConfigMap shop/web (v1)")
        .contains("/data/name: &quot;web&quot; -&gt; &quot;renamed&quot;")
        .contains("<b>1</b> changed objects");
    assertThat(out.resolve("index.html")).doesNotExist();
  }

  @Test
  void warningsAcknowledgementsAndThePostureAreListed() throws IOException {
    Path out = dir.resolve("dist");
    Stack warned =
        Stack.builder()
            .from(shop(Environment.DEFAULT))
            .addComponent(TestComponent.of("worker").warning("no limits"))
            .build();
    write(out, List.of(Synthesizer.synthesize(warned)), Layout.SINGLE_FILE);

    String html = Files.readString(out.resolve("shop/report.html"));

    assertThat(html)
        .contains("<td>stack shop / test worker</td><td>no limits</td>")
        .contains("<td>no probes</td><td class=\"reason\">probes come with 2.0</td>")
        .contains("<b>1 of 1</b> pod templates meet")
        .contains("<span class=\"level restricted\">restricted</span>")
        .contains("href=\"manifests.yaml\"");
  }

  @Test
  void synthWritesTheReportOnlyWhenAsked() {
    Path plain = dir.resolve("plain");
    Path reported = dir.resolve("reported");
    StringWriter out = new StringWriter();
    PrintWriter console = new PrintWriter(out);

    int first =
        Stackwright.run(
            new String[] {"synth", "--out", plain.toString()},
            () -> List.of(shop(Environment.of("prod"))),
            console,
            console);
    int second =
        Stackwright.run(
            new String[] {"synth", "--report", "--out", reported.toString()},
            () -> List.of(shop(Environment.of("prod"))),
            console,
            console);

    assertThat(first).isZero();
    assertThat(second).isZero();
    assertThat(plain.resolve("shop/prod/report.html")).doesNotExist();
    assertThat(reported.resolve("shop/prod/report.html")).exists();
    assertThat(reported.resolve("shop/index.html")).exists();
    assertThat(out.toString()).contains("report: " + reported.resolve("shop/prod/report.html"));
  }

  @Test
  void aFewHundredComponentsStayAGridOfBoundedWidth() throws IOException {
    Stack.Builder big = Stack.builder().name("big");
    List<Layer> layers = List.of(Layer.STORAGE, Layer.COMPUTE, Layer.NETWORK);
    TestComponent previous = null;
    for (String ns : List.of("a", "b", "c", "d")) {
      big.addNamespace(Namespace.of(ns));
      for (int i = 0; i < 75; i++) {
        TestComponent c =
            (previous == null ? TestComponent.of(ns + i) : TestComponent.of(ns + i, previous))
                .in(ns)
                .inLayer(layers.get(i % layers.size()));
        big.add(c);
        previous = c;
      }
    }
    Path out = dir.resolve("dist");

    write(out, List.of(Synthesizer.synthesize(big.build())), Layout.PER_OBJECT);

    String html = Files.readString(out.resolve("big/report.html"));
    Matcher size =
        Pattern.compile("<svg id=\"stack-diagram\"[^>]* width=\"(\\d+)\" height=\"(\\d+)\"")
            .matcher(html);
    assertThat(size.find()).isTrue();
    assertThat(html.split("<g class=\"node ", -1)).hasSize(301);
    // 25 components per cell: four sub-columns of at most eight, so the grid stays wide, not tall.
    assertThat(Integer.parseInt(size.group(1))).isLessThan(3200);
    assertThat(Integer.parseInt(size.group(2))).isLessThan(2000);
  }

  private static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }
}
