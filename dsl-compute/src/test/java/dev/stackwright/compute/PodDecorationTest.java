package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.PodDecorator;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PodDecorationTest {

  @Test
  void otherLayersDecorateTheWorkloadsPodsWithoutOverridingIt() {
    Workload api =
        Stacks.api()
            .containers(
                List.of(
                    Container.builder().from(Stacks.app()).addEnv(Env.of("MODE", "mine")).build()))
            .build();
    Workload web = Stacks.api().name("web").build();

    assertThat(Stacks.of(api, web, new Decorator(api)))
        .object(Deployment.class, "api")
        .satisfies(
            d -> {
              var pod = d.getSpec().getTemplate();
              assertThat(pod.getMetadata().getAnnotations()).containsEntry("traced", "yes");
              assertThat(pod.getMetadata().getLabels())
                  .containsEntry("team", "shop")
                  .containsEntry("app.kubernetes.io/name", "api");
              assertThat(pod.getSpec().getContainers().get(0).getEnv())
                  .contains(new EnvVar("OTEL_SERVICE_NAME", "api", null))
                  .contains(new EnvVar("MODE", "mine", null))
                  .doesNotContain(new EnvVar("MODE", "theirs", null));
            });
    assertThat(Stacks.of(api, web, new Decorator(api)))
        .object(Deployment.class, "web")
        .satisfies(
            d ->
                assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations())
                    .isNullOrEmpty());
  }

  /** Decorates one workload, like tracing or scrape annotations do. */
  private record Decorator(PodSet target) implements Component, PodDecorator {
    @Override
    public List<PodSet> decorates() {
      return List.of(target);
    }

    @Override
    public Map<String, String> podLabels(PodSet pods, SynthContext context) {
      return Map.of("team", "shop", "app.kubernetes.io/name", "not-this");
    }

    @Override
    public Map<String, String> podAnnotations(PodSet pods, SynthContext context) {
      return Map.of("traced", "yes");
    }

    @Override
    public Map<String, String> containerEnv(PodSet pods, SynthContext context) {
      return Map.of("OTEL_SERVICE_NAME", pods.name(), "MODE", "theirs");
    }

    @Override
    public String name() {
      return "decorator";
    }

    @Override
    public String kind() {
      return "test";
    }

    @Override
    public Layer layer() {
      return Layer.OBSERVABILITY;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }
  }
}
