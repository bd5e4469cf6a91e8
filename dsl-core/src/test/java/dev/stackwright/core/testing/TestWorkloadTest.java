package dev.stackwright.core.testing;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodDecorator;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestWorkloadTest {

  private static Stack shop(Component... components) {
    return Stack.builder()
        .name("shop")
        .addNamespaces(Namespace.of("shop"), Namespace.of("payments"))
        .defaultNamespace("shop")
        .add(components)
        .build();
  }

  @Test
  void runsOneRestrictedContainerWithItsPortsLimitsAndAReadinessProbe() {
    SynthResult result =
        Synthesizer.strict()
            .run(
                shop(
                    TestWorkload.of(
                        "api", NamedPort.of("http", 8080), NamedPort.of("metrics", 9090))));

    assertThat(result).isOk();
    assertThat(result.warnings()).isEmpty();
    assertThat(result)
        .object(Deployment.class, "shop", "api")
        .satisfies(
            d -> {
              assertThat(d.getSpec().getSelector().getMatchLabels())
                  .isEqualTo(Map.of("app.kubernetes.io/name", "api"));
              assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                  .containsEntry("app.kubernetes.io/name", "api");
              var pod = d.getSpec().getTemplate().getSpec();
              assertThat(pod.getServiceAccountName()).isEqualTo("api");
              assertThat(pod.getAutomountServiceAccountToken()).isFalse();
              assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
              assertThat(pod.getSecurityContext().getSeccompProfile().getType())
                  .isEqualTo("RuntimeDefault");
              assertThat(pod.getContainers()).hasSize(1);
              Container app = pod.getContainers().get(0);
              assertThat(app.getName()).isEqualTo(TestWorkload.CONTAINER);
              assertThat(app.getImage()).isEqualTo(TestWorkload.DEFAULT_IMAGE);
              assertThat(app.getPorts())
                  .extracting(p -> p.getName() + ":" + p.getContainerPort())
                  .containsExactly("http:8080", "metrics:9090");
              assertThat(app.getResources().getLimits())
                  .containsEntry("cpu", new Quantity("200m"))
                  .containsEntry("memory", new Quantity("128Mi"));
              assertThat(app.getReadinessProbe().getTcpSocket().getPort())
                  .isEqualTo(new IntOrString("http"));
              assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
              assertThat(app.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            });
    assertThat(result)
        .object(ServiceAccount.class, "shop", "api")
        .extracting(ServiceAccount::getAutomountServiceAccountToken)
        .isEqualTo(false);
  }

  @Test
  void namespaceSelectorAndServiceAccountCanBeChosen() {
    TestWorkload api =
        TestWorkload.http("api")
            .withNamespace("payments")
            .withSelectorLabels(Map.of("app", "api"))
            .withServiceAccountName("api-sa");

    assertThat(api.selectorLabels()).isEqualTo(Map.of("app", "api"));
    assertThat(api.serviceAccountName()).isEqualTo("api-sa");
    assertThat(shop(api))
        .object(Deployment.class, "payments", "api")
        .satisfies(
            d -> {
              assertThat(d.getSpec().getSelector().getMatchLabels())
                  .isEqualTo(Map.of("app", "api"));
              assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                  .containsEntry("app", "api");
              assertThat(d.getSpec().getTemplate().getSpec().getServiceAccountName())
                  .isEqualTo("api-sa");
            });
    assertThat(shop(api)).object(ServiceAccount.class, "payments", "api-sa");
  }

  @Test
  void otherLayersDecorateItsPodsLikeAnyWorkloads() {
    TestWorkload api = TestWorkload.http("api");

    assertThat(shop(api, new Decorator(api)))
        .object(Deployment.class, "api")
        .satisfies(
            d -> {
              assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                  .containsEntry("decorated", "yes");
              assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                  .anyMatch(e -> e.getName().equals("TRACE") && e.getValue().equals("on"));
            });
  }

  @Test
  void aWorkloadWithoutPortsNeedsNoProbe() {
    SynthResult result = Synthesizer.strict().run(shop(TestWorkload.of("batch")));

    assertThat(result).isOk();
    assertThat(result)
        .object(Deployment.class, "batch")
        .extracting(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0))
        .satisfies(c -> assertThat(c.getReadinessProbe()).isNull());
  }

  @Test
  void anEmptySelectorIsAnError() {
    assertThat(shop(TestWorkload.http("api").withSelectorLabels(Map.of())))
        .hasError(TestWorkload.EMPTY_SELECTOR, "stack shop / workload api / selectorLabels");
  }

  @Test
  void itsPodIsCheckedByThePodChecks() {
    TestWorkload latest =
        TestWorkload.builder()
            .name("api")
            .image("nginx:latest")
            .addPort(NamedPort.of("http", 8080))
            .build();
    TestWorkload twice = TestWorkload.of("db", NamedPort.of("pg", 5432), NamedPort.of("pg", 5433));

    assertThat(shop(latest, twice))
        .hasWarning(PodRules.UNPINNED_IMAGE, "workload api / container app / image")
        .hasError(PodRules.DUPLICATE_PORT, "workload db / container app / ports[1].name");
  }

  @Test
  void anInvalidNameIsAnError() {
    assertThat(shop(TestWorkload.http("Api"))).hasError(Rules.INVALID_NAME, "workload Api / name");
  }

  /** A component of another layer that decorates the pods of one pod set. */
  private record Decorator(PodSet target) implements Component, PodDecorator {
    @Override
    public String name() {
      return "decorator";
    }

    @Override
    public String kind() {
      return "decorator";
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
    public List<PodSet> decorates() {
      return List.of(target);
    }

    @Override
    public Map<String, String> podLabels(PodSet pods, SynthContext context) {
      return Map.of("decorated", "yes");
    }

    @Override
    public Map<String, String> containerEnv(PodSet pods, SynthContext context) {
      return Map.of("TRACE", "on");
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }
  }
}
