package dev.stackwright.core.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import dev.stackwright.core.Manifests;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * values.schema.json accepts only what the API server accepts, so Helm rejects a bad override
 * before rendering; and a workload an autoscaler scales has no replicas value at all.
 */
class ValuesSchemaTest {
  @TempDir Path dir;
  private Path chart;
  private SynthResult result;

  private static final String OBJECTS =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
      spec:
        selector:
          matchLabels: {app: api}
        template:
          metadata:
            labels: {app: api}
          spec:
            containers:
              - name: app
                image: registry.example.com:5000/shop/api:1.4.0
                resources:
                  requests: {cpu: 100m, memory: 128Mi}
                  limits: {memory: 256Mi}
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: api
      spec:
        scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
        minReplicas: 2
        maxReplicas: 5
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: app
                image: registry.example.com/shop/web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: shop
      spec:
        rules:
          - host: shop.example.com
      """;

  @BeforeEach
  void writeChart() throws IOException {
    List<HasMetadata> objects = Yaml.readAll(OBJECTS);
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("shop"))
            .add(Manifests.of("api", objects.get(0), objects.get(1)))
            .add(Manifests.of("web", objects.get(2)))
            .add(Manifests.of("shop", objects.get(3)))
            .build();
    result = Synthesizer.synthesize(stack).orThrow();
    chart = Charts.write(dir, result);
  }

  private void rejects(String path, Object value) {
    String field = path.replaceAll("\\[\\d+]$", "");
    assertThatThrownBy(() -> Charts.render(chart, "shop", t -> t.set(path, value)))
        .as("%s = %s", path, value)
        .hasMessageContaining("don't meet the specifications of the schema")
        .hasMessageContaining(field.substring(field.lastIndexOf('.') + 1));
  }

  private void accepts(String path, Object value) throws IOException {
    assertThat(Charts.render(chart, "shop", t -> t.set(path, value))).isNotEmpty();
  }

  @Test
  void theDefaultsPassTheSchemaAndLint() throws IOException {
    var lint = new Helm(chart).lint().strict().call();

    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    assertThat(Charts.render(chart, "shop"))
        .containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(result));
  }

  @Test
  void anAutoscaledWorkloadHasNoReplicasValue() throws IOException {
    JsonNode values = Yaml.mapper().readTree(chart.resolve("values.yaml").toFile());

    assertThat(values.path("api").has("replicas")).isFalse();
    assertThat(values.at("/api/autoscaling/minReplicas").asInt()).isEqualTo(2);
    assertThat(values.at("/web/replicas").asInt()).isEqualTo(2);
    rejects("api.replicas", 3);
  }

  @Test
  void replicaCountsAreWhatTheApiServerAccepts() throws IOException {
    rejects("api.autoscaling.minReplicas", 0);
    rejects("api.autoscaling.maxReplicas", 0);
    rejects("web.replicas", -1);
    accepts("web.replicas", 0);
    accepts("api.autoscaling.minReplicas", 1);
  }

  @Test
  void imagesFollowTheImageReferenceGrammar() throws IOException {
    rejects("api.containers.app.image.tag", "1.4 beta");
    rejects("api.containers.app.image.tag", ".hidden");
    rejects("api.containers.app.image.repository", "Registry.example.com/Shop/API");
    rejects("api.containers.app.image.repository", "shop//api");
    rejects("web.containers.app.image", "web@sha256:short");
    accepts("api.containers.app.image.tag", "1.5.0-rc.1_build.7");
    accepts("api.containers.app.image.repository", "localhost:5000/team/api");
    accepts("web.containers.app.image", "docker.io/library/web:2");
  }

  @Test
  void resourcesAreNonNegativeQuantities() throws IOException {
    rejects("api.containers.app.resources.limits.memory", "256MB");
    rejects("api.containers.app.resources.requests.cpu", "-100m");
    rejects("api.containers.app.resources.requests.cpu", "1 core");
    rejects("api.containers.app.resources.requests.gpu", "lots");
    accepts("api.containers.app.resources.requests.cpu", "1.5");
    accepts("api.containers.app.resources.limits.memory", "1e9");
    accepts("api.containers.app.resources.limits.cpu", 2);
  }

  @Test
  void hostsAreDnsNames() throws IOException {
    rejects("shop.hosts[0]", "Shop_Example.com");
    accepts("shop.hosts[0]", "*.shop.example.com");
  }

  @Test
  void theQuantityPatternIsTheApiServersGrammar() {
    Pattern quantity = Pattern.compile(SchemaPatterns.QUANTITY);

    assertThat(
            List.of(
                "0", "100m", "1.5", "1.", ".5", "128Mi", "1Ei", "2k", "5n", "1e3", "1E-3", "+1"))
        .allMatch(q -> quantity.matcher(q).matches());
    assertThat(List.of("", "-1", "1MB", "1KiB", "1 Gi", "e3", "1e", "1.2.3", "Mi"))
        .noneMatch(q -> quantity.matcher(q).matches());
  }
}
