package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import io.fabric8.knative.serving.v1.Service;
import io.fabric8.kubernetes.api.model.IntOrString;
import org.junit.jupiter.api.Test;

class ServerlessWorkloadTest {

  @Test
  void knativeServiceScalesToZeroByDefault() {
    ServerlessWorkload fn =
        ServerlessWorkload.builder()
            .name("thumbnails")
            .addContainer(Stacks.app())
            .maxScale(20)
            .concurrencyTarget(50)
            .containerConcurrency(100L)
            .build();
    assertThat(Stacks.of(fn))
        .isOk()
        .object(Service.class, "thumbnails")
        .satisfies(
            s -> {
              assertThat(s.getApiVersion()).isEqualTo("serving.knative.dev/v1");
              var template = s.getSpec().getTemplate();
              assertThat(template.getMetadata().getAnnotations())
                  .containsEntry("autoscaling.knative.dev/min-scale", "0")
                  .containsEntry("autoscaling.knative.dev/max-scale", "20")
                  .containsEntry("autoscaling.knative.dev/target", "50");
              assertThat(template.getMetadata().getLabels())
                  .containsEntry("app.kubernetes.io/name", "thumbnails");
              var spec = template.getSpec();
              assertThat(spec.getContainerConcurrency()).isEqualTo(100L);
              assertThat(spec.getServiceAccountName()).isEqualTo("thumbnails");
              var c = spec.getContainers().get(0);
              assertThat(c.getPorts().get(0).getName()).isEqualTo("http1");
              assertThat(c.getReadinessProbe().getHttpGet().getPort())
                  .isEqualTo(new IntOrString(8080));
            });
  }

  @Test
  void secondPortIsAnError() {
    ServerlessWorkload fn =
        ServerlessWorkload.builder()
            .name("thumbnails")
            .addContainer(
                Container.builder()
                    .from(Stacks.app())
                    .addPort(NamedPort.of("metrics", 9090))
                    .build())
            .build();
    assertThat(Stacks.of(fn))
        .hasError(ComputeRules.INVALID_SERVERLESS, "workload thumbnails / ports");
  }

  @Test
  void maxScaleBelowMinScaleIsAnError() {
    ServerlessWorkload fn =
        ServerlessWorkload.builder()
            .name("fn")
            .addContainer(Stacks.app())
            .minScale(5)
            .maxScale(2)
            .build();
    assertThat(Stacks.of(fn)).hasError(ComputeRules.INVALID_SERVERLESS, "workload fn / maxScale");
  }
}
