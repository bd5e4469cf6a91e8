package dev.stackwright.core.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Manifests;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code helm install -n other} puts the stack's default namespace into {@code other}: its objects
 * and the references to it that can be told apart safely; objects of other namespaces stay where
 * they are, and Namespace objects are part of the release only when a value asks.
 */
class ReleaseNamespaceTest {
  @TempDir Path dir;

  private static final String OBJECTS =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-config
      data:
        API_URL: http://api.shop.svc.cluster.local:8080
        CACHE: redis.shop.svc:6379
        OPS_URL: http://agent.ops.svc.cluster.local
        NOTE: the shop team, namespace="shop", myshop.svc
        OTEL_RESOURCE_ATTRIBUTES: k8s.namespace.name=shop,service.namespace=shop
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata:
        name: reader
      roleRef:
        apiGroup: rbac.authorization.k8s.io
        kind: Role
        name: reader
      subjects:
        - kind: ServiceAccount
          name: app
          namespace: shop
        - kind: ServiceAccount
          name: agent
          namespace: ops
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata:
        name: shop-app-view
      roleRef:
        apiGroup: rbac.authorization.k8s.io
        kind: ClusterRole
        name: view
      subjects:
        - kind: ServiceAccount
          name: app
          namespace: shop
      ---
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata:
        name: from-shop
        namespace: ops
      spec:
        podSelector: {}
        ingress:
          - from:
              - namespaceSelector:
                  matchLabels:
                    kubernetes.io/metadata.name: shop
              - namespaceSelector:
                  matchExpressions:
                    - key: kubernetes.io/metadata.name
                      operator: In
                      values: [shop, ops]
      ---
      apiVersion: security.istio.io/v1
      kind: AuthorizationPolicy
      metadata:
        name: api
      spec:
        rules:
          - from:
              - source:
                  principals: [cluster.local/ns/shop/sa/web, cluster.local/ns/ops/sa/agent]
                  namespaces: [shop]
      ---
      apiVersion: monitoring.coreos.com/v1
      kind: PodMonitor
      metadata:
        name: shop-pods
        namespace: ops
      spec:
        namespaceSelector:
          matchNames: [shop]
        selector: {}
      """;

  private Stack stack() throws IOException {
    Path yaml = dir.resolve("objects.yaml");
    Files.writeString(yaml, OBJECTS);
    return Stack.builder()
        .name("shop")
        .addNamespaces(Namespace.of("shop"), Namespace.of("ops"))
        .defaultNamespace("shop")
        .add(Manifests.fromYaml("app", yaml))
        .build();
  }

  private static JsonNode find(List<JsonNode> objects, String kind, String name) {
    return objects.stream()
        .filter(o -> o.path("kind").asText().equals(kind))
        .filter(o -> o.at("/metadata/name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  @Test
  void defaultNamespaceObjectsAndReferencesFollowTheReleaseNamespace() throws IOException {
    SynthResult result = Synthesizer.synthesize(stack()).orThrow();
    Path chart = Charts.write(dir, result);

    List<JsonNode> other =
        Charts.render(chart, "other", t -> t.set("stackwright.createNamespaces", true));

    assertThat(find(other, "ConfigMap", "app-config").path("metadata").path("namespace").asText())
        .isEqualTo("other");
    JsonNode data = find(other, "ConfigMap", "app-config").path("data");
    assertThat(data.path("API_URL").asText()).isEqualTo("http://api.other.svc.cluster.local:8080");
    assertThat(data.path("CACHE").asText()).isEqualTo("redis.other.svc:6379");
    assertThat(data.path("OPS_URL").asText()).isEqualTo("http://agent.ops.svc.cluster.local");
    assertThat(data.path("NOTE").asText())
        .as("free text is not a reference")
        .isEqualTo("the shop team, namespace=\"shop\", myshop.svc");
    assertThat(data.path("OTEL_RESOURCE_ATTRIBUTES").asText())
        .isEqualTo("k8s.namespace.name=other,service.namespace=shop");
    assertThat(find(other, "RoleBinding", "reader").at("/subjects"))
        .extracting(s -> s.path("namespace").asText())
        .containsExactly("other", "ops");
    assertThat(
            find(other, "ClusterRoleBinding", "shop-app-view").at("/subjects/0/namespace").asText())
        .isEqualTo("other");
    JsonNode policy = find(other, "NetworkPolicy", "from-shop");
    assertThat(policy.at("/metadata/namespace").asText()).isEqualTo("ops");
    assertThat(
            policy
                .at("/spec/ingress/0/from/0/namespaceSelector/matchLabels")
                .path("kubernetes.io/metadata.name")
                .asText())
        .isEqualTo("other");
    assertThat(policy.at("/spec/ingress/0/from/1/namespaceSelector/matchExpressions/0/values"))
        .extracting(JsonNode::asText)
        .containsExactly("other", "ops");
    JsonNode source = find(other, "AuthorizationPolicy", "api").at("/spec/rules/0/from/0/source");
    assertThat(source.path("principals"))
        .extracting(JsonNode::asText)
        .containsExactly("cluster.local/ns/other/sa/web", "cluster.local/ns/ops/sa/agent");
    assertThat(source.path("namespaces")).extracting(JsonNode::asText).containsExactly("other");
    assertThat(find(other, "PodMonitor", "shop-pods").at("/spec/namespaceSelector/matchNames"))
        .extracting(JsonNode::asText)
        .containsExactly("other");
    assertThat(other)
        .filteredOn(o -> o.path("kind").asText().equals("Namespace"))
        .extracting(o -> o.at("/metadata/name").asText())
        .containsExactlyInAnyOrder("other", "ops");
  }

  @Test
  void renderedIntoAnyNamespaceTheChartDiffersFromThePlainOutputOnlyByThatNamespace()
      throws IOException {
    SynthResult result = Synthesizer.synthesize(stack()).orThrow();
    Path chart = Charts.write(dir, result);

    List<JsonNode> elsewhere =
        Charts.render(chart, "elsewhere", t -> t.set("stackwright.createNamespaces", true));

    List<JsonNode> mappedBack = new ArrayList<>();
    for (JsonNode o : elsewhere) {
      mappedBack.add(Yaml.json().readTree(o.toString().replace("elsewhere", "shop")));
    }
    assertThat(mappedBack).containsExactlyInAnyOrderElementsOf(Charts.plain(result));
    assertThat(Charts.render(chart, "shop", t -> t.set("stackwright.createNamespaces", true)))
        .containsExactlyInAnyOrderElementsOf(Charts.plain(result));
  }

  @Test
  void namespaceObjectsArePartOfTheReleaseOnlyWhenAsked() throws IOException {
    SynthResult result = Synthesizer.synthesize(stack()).orThrow();
    Path chart = Charts.write(dir, result);

    assertThat(Charts.render(chart, "shop"))
        .noneMatch(o -> o.path("kind").asText().equals("Namespace"))
        .containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(result));
    JsonNode values = Yaml.mapper().readTree(chart.resolve("values.yaml").toFile());
    assertThat(values.at("/stackwright/createNamespaces").isBoolean()).isTrue();
    assertThat(values.at("/stackwright/createNamespaces").asBoolean()).isFalse();
    assertThat(chart.resolve("templates/namespace-ops.yaml"))
        .content()
        .startsWith("{{- if .Values.stackwright.createNamespaces }}");
  }

  @Test
  void withoutADefaultNamespaceEveryObjectKeepsItsNamespace() throws IOException {
    Stack noDefault =
        Stack.builder()
            .from(stack())
            .defaultNamespace(Optional.empty())
            .components(List.of())
            .add(
                Manifests.of(
                    "app",
                    Yaml.readAll(
                            """
                            apiVersion: v1
                            kind: ConfigMap
                            metadata:
                              name: app-config
                              namespace: shop
                            data:
                              API_URL: http://api.shop.svc.cluster.local
                            """)
                        .get(0)))
            .build();
    SynthResult result = Synthesizer.synthesize(noDefault).orThrow();
    Path chart = Charts.write(dir, result);

    assertThat(Charts.render(chart, "other"))
        .containsExactlyInAnyOrderElementsOf(Charts.plainWithoutNamespaces(result));
    assertThat(chart.resolve("templates/configmap-shop-app-config.yaml"))
        .content()
        .doesNotContain(".Release.Namespace");
  }
}
