package dev.stackwright.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every pod the shop runs itself is isolated: some NetworkPolicy of its namespace selects it for
 * both ingress and egress, so nothing reaches it or leaves it unless a policy says so.
 */
class ShopIsolationTest {

  private static Optional<PodTemplateSpec> template(HasMetadata o) {
    if (o instanceof Deployment d) {
      return Optional.of(d.getSpec().getTemplate());
    }
    if (o instanceof StatefulSet s) {
      return Optional.of(s.getSpec().getTemplate());
    }
    if (o instanceof CronJob c) {
      return Optional.of(c.getSpec().getJobTemplate().getSpec().getTemplate());
    }
    return Optional.empty();
  }

  private static boolean selects(NetworkPolicy policy, Map<String, String> podLabels) {
    var selector = policy.getSpec().getPodSelector();
    boolean labelsMatch =
        selector == null
            || selector.getMatchLabels() == null
            || selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> Objects.equals(podLabels.get(e.getKey()), e.getValue()));
    boolean noExpressions =
        selector == null
            || selector.getMatchExpressions() == null
            || selector.getMatchExpressions().isEmpty();
    return labelsMatch && noExpressions;
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyPodTheStackRunsIsSelectedForIngressAndEgress(String env) {
    SynthResult result = Synthesizer.synthesize(ShopPlatform.stack(Environment.of(env))).orThrow();
    List<NetworkPolicy> policies = result.all(NetworkPolicy.class);
    List<String> pods = new ArrayList<>();
    List<String> exposed = new ArrayList<>();
    for (HasMetadata o : result.objects()) {
      Optional<PodTemplateSpec> template = template(o);
      if (template.isEmpty()) {
        continue;
      }
      String where =
          o.getKind() + " " + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
      pods.add(where);
      Map<String, String> labels = template.get().getMetadata().getLabels();
      boolean ingress = false;
      boolean egress = false;
      for (NetworkPolicy p : policies) {
        if (!p.getMetadata().getNamespace().equals(o.getMetadata().getNamespace())
            || !selects(p, labels)) {
          continue;
        }
        ingress |= p.getSpec().getPolicyTypes().contains("Ingress");
        egress |= p.getSpec().getPolicyTypes().contains("Egress");
      }
      if (!ingress || !egress) {
        exposed.add(where);
      }
    }
    assertThat(pods).isNotEmpty().contains("Deployment monitoring/otel-collector");
    assertThat(exposed).as("pods no policy isolates").isEmpty();
  }
}
