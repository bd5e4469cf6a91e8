package dev.stackwright.core.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.contract.TopologySource;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagramTest {

  @Test
  void theDiagramGroupsComponentsByNamespaceAndLayerAndDrawsTheirArrows() {
    TestComponent db = TestComponent.of("db");
    TestComponent api = TestComponent.of("api", db);
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("shop"))
            .add(db, api, new Route(api))
            .build();

    String mermaid = Diagram.mermaid(Synthesizer.synthesize(stack));

    assertThat(mermaid)
        .startsWith("flowchart LR\n")
        .contains("subgraph ns_shop[\"namespace shop\"]")
        .contains("subgraph ns_shop_compute[\"compute\"]")
        .contains("test_shop_api[\"test <b>api</b><br/><small>ConfigMap</small>\"]")
        .contains("test_shop_api -.-> test_shop_db")
        .contains("test_shop_route -- \"host /\" --> test_shop_api");
  }

  /** A component that draws a traffic arrow, like a route. */
  private record Route(TestComponent target) implements Component, TopologySource {
    @Override
    public String name() {
      return "route";
    }

    @Override
    public String kind() {
      return "test";
    }

    @Override
    public Layer layer() {
      return Layer.NETWORK;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return TestComponent.of("route").synthesize(context);
    }

    @Override
    public List<Edge> edges(SynthContext context) {
      return List.of(
          new Edge(context.idOf(this), context.idOf(target), "host /", Edge.Style.TRAFFIC));
    }
  }
}
