package dev.stackwright.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Layer;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The posture counts the CNI's and the mesh's policies, not only Kubernetes NetworkPolicies. */
class PostureTest {

  private static HasMetadata deployment(String name) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace("shop")
        .endMetadata()
        .withNewSpec()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels("app.kubernetes.io/name", name)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("app")
        .withImage("registry.example.com/" + name + ":1.0.0")
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static HasMetadata policy(String yaml) throws IOException {
    return Yaml.readAll(yaml).get(0);
  }

  private static List<String> policiesOf(String pod, HasMetadata... objects) {
    List<SynthObject> entries = new ArrayList<>();
    List<JsonNode> trees = new ArrayList<>();
    for (HasMetadata o : objects) {
      entries.add(
          new SynthObject(
              o, new ComponentId("test", "shop", o.getMetadata().getName()), Layer.NETWORK));
      trees.add(Yaml.tree(o));
    }
    return Posture.of(entries, trees).pods().stream()
        .filter(p -> p.object().equals("Deployment shop/" + pod))
        .findFirst()
        .orElseThrow()
        .policies();
  }

  @Test
  void ciliumCalicoAndIstioPoliciesSelectTheirPods() throws IOException {
    HasMetadata cilium =
        policy(
            """
            apiVersion: cilium.io/v2
            kind: CiliumNetworkPolicy
            metadata: {name: api, namespace: shop}
            spec:
              endpointSelector:
                matchLabels: {app.kubernetes.io/name: api}
            """);
    HasMetadata clusterwide =
        policy(
            """
            apiVersion: cilium.io/v2
            kind: CiliumClusterwideNetworkPolicy
            metadata: {name: shop-dns}
            spec:
              endpointSelector:
                matchLabels: {k8s:io.kubernetes.pod.namespace: shop}
            """);
    HasMetadata calico =
        policy(
            """
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata: {name: default.api, namespace: shop}
            spec:
              selector: app.kubernetes.io/name == 'api'
            """);
    HasMetadata istio =
        policy(
            """
            apiVersion: security.istio.io/v1
            kind: AuthorizationPolicy
            metadata: {name: deny-all, namespace: shop}
            spec: {}
            """);

    assertThat(policiesOf("api", deployment("api"), cilium, clusterwide, calico, istio))
        .containsExactly(
            "api (CiliumNetworkPolicy)",
            "shop-dns (CiliumClusterwideNetworkPolicy)",
            "default.api (NetworkPolicy)",
            "deny-all (AuthorizationPolicy)");
    // Selectors that name another pod, or an expression Stackwright does not write, select nothing.
    assertThat(policiesOf("web", deployment("web"), cilium, calico)).isEmpty();
    assertThat(OtherPolicies.calico("has(app.kubernetes.io/name)", Yaml.tree(deployment("x"))))
        .isFalse();
  }
}
