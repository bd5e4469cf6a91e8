package dev.stackwright.core.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every component's values have a key of their own, short wherever its name is unique. */
class ValueKeysTest {
  @TempDir Path dir;

  private static Deployment deployment(String name, String namespace, int replicas, String tag) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .withReplicas(replicas)
        .withNewSelector()
        .addToMatchLabels("app", name)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("registry.example.com/" + name + ":" + tag)
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  @Test
  void twoWorkloadsOfOneNameInTwoNamespacesGetTheirOwnValues() throws IOException {
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespaces(Namespace.of("team-a"), Namespace.of("team-b"))
            .add(TestComponent.of("api").in("team-a").with(deployment("api", "team-a", 2, "1.0")))
            .add(TestComponent.of("api").in("team-b").with(deployment("api", "team-b", 3, "2.0")))
            .add(TestComponent.of("web").in("team-a").with(deployment("web", "team-a", 1, "1.0")))
            .build();
    SynthResult result = Synthesizer.synthesize(stack).orThrow();
    Path chart = Charts.write(dir, result);

    JsonNode values = Yaml.mapper().readTree(chart.resolve("values.yaml").toFile());
    assertThat(values.at("/team-a_api/replicas").asInt()).isEqualTo(2);
    assertThat(values.at("/team-b_api/replicas").asInt()).isEqualTo(3);
    assertThat(values.at("/team-b_api/containers/app/image/tag").asText()).isEqualTo("2.0");
    assertThat(values.at("/web/replicas").asInt()).as("a unique name stays short").isEqualTo(1);
    assertThat(values.has("api")).isFalse();
    assertThat(Charts.render(chart, "team-a"))
        .containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(result));
    assertThat(Charts.render(chart, "team-a", t -> t.set("team-b_api.replicas", 5)))
        .filteredOn(o -> o.path("kind").asText().equals("Deployment"))
        .extracting(o -> o.at("/metadata/namespace").asText() + "/" + o.at("/spec/replicas"))
        .containsExactlyInAnyOrder("team-a/2", "team-b/5", "team-a/1");
  }

  @Test
  void componentsOfOneNameInOneNamespaceAreToldApartByKind() {
    ComponentId workload = new ComponentId("workload", "shop", "api");
    ComponentId routes = new ComponentId("routes", "shop", "api");
    ComponentId elsewhere = new ComponentId("workload", "ops", "api");
    ComponentId web = new ComponentId("workload", "shop", "web");

    Map<ComponentId, String> keys = ValueKeys.of(List.of(workload, routes, elsewhere, web));

    assertThat(keys)
        .containsEntry(workload, "shop_workload_api")
        .containsEntry(routes, "shop_routes_api")
        .containsEntry(elsewhere, "ops_api")
        .containsEntry(web, "web");
  }
}
