package dev.stackwright.core.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Writes stacks as charts the way the CLI does and renders them with the real Helm engine
 * (helm-java).
 *
 * <p>helm-java's engine, a library build of Helm without the version flags of Helm's own build,
 * takes every cluster for Kubernetes v1.20, older than any chart's {@code kubeVersion} floor, so it
 * refuses to render the chart as written (which {@code KubeVersionTest} shows). {@link #render}
 * therefore renders a copy of the chart whose Chart.yaml leaves the constraint out, as Helm renders
 * the chart for a cluster that meets it; everything else is the chart as written.
 */
final class Charts {
  private Charts() {}

  /** Writes the stack's chart, for these environments, below {@code dir}; returns its folder. */
  static Path write(Path dir, SynthResult... environments) {
    OutputFolder out = OutputFolder.at(dir.resolve("dist"));
    StackOutput.write(out, List.of(environments), Layout.PER_OBJECT, EnumSet.allOf(Format.class));
    return out.path().resolve(environments[0].stackName()).resolve("chart");
  }

  /** {@code helm template} into {@code namespace}, with {@code options} (values) applied. */
  static List<JsonNode> render(Path chart, String namespace, UnaryOperator<TemplateCommand> options)
      throws IOException {
    TemplateCommand template =
        new Helm(meetingKubeVersion(chart)).template().withName("shop").withNamespace(namespace);
    return Yaml.trees(options.apply(template).call());
  }

  /** {@code helm template} into {@code namespace} with the default values. */
  static List<JsonNode> render(Path chart, String namespace) throws IOException {
    return render(chart, namespace, t -> t);
  }

  /** The objects of a result as the JSON trees the plain output holds. */
  static List<JsonNode> plain(SynthResult result) throws IOException {
    return Yaml.trees(result.objects());
  }

  /** The objects of a result without its Namespace objects, which a chart leaves out by default. */
  static List<JsonNode> plainWithoutNamespaces(SynthResult result) throws IOException {
    return plain(result).stream()
        .filter(o -> !o.path("kind").asText().equals("Namespace"))
        .toList();
  }

  private static Path meetingKubeVersion(Path chart) {
    try {
      // Beside dist/, never inside the output folder the writer owns.
      Path copy = Files.createTempDirectory(chart.getParent().getParent().getParent(), "rendered-");
      try (Stream<Path> files = Files.walk(chart)) {
        for (Path source : files.toList()) {
          Path target = copy.resolve(chart.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target);
          }
        }
      }
      Path chartYaml = copy.resolve("Chart.yaml");
      List<String> lines =
          Files.readAllLines(chartYaml).stream()
              .filter(l -> !l.startsWith("kubeVersion:"))
              .toList();
      Files.write(chartYaml, lines);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
