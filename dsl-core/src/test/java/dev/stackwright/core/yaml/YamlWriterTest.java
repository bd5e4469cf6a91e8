package dev.stackwright.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The YAML writer gives, for Kubernetes objects of every shape Stackwright synthesizes, exactly the
 * text of Jackson's YAML mapper, without leaving the document to Jackson.
 */
class YamlWriterTest {

  /** The writer's own text, failing the test if it left the document to Jackson. */
  static String own(Object o) throws IOException {
    return YamlWriter.write(Yaml.mapper(), o);
  }

  static String jackson(Object o) throws IOException {
    return Yaml.mapper().writeValueAsString(o);
  }

  static Stream<Object> objects() {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("schedule", "*/5 * * * *");
    spec.put("suspend", false);
    spec.put("successfulJobsHistoryLimit", 3);
    spec.put("startingDeadlineSeconds", 10_000_000_000L);
    spec.put("ratio", 0.75);
    spec.put("big", new BigDecimal("1.50E+3"));
    spec.put("huge", new BigInteger("123456789012345678901234567890"));
    spec.put("nothing", null);
    spec.put("emptyMap", Map.of());
    spec.put("emptyList", List.of());
    spec.put("nestedLists", List.of(List.of(1, 2), List.of(), List.of(List.of("a", Map.of()))));
    spec.put(
        "items",
        List.of(
            Map.of("name", "a", "ports", List.of(80, 443), "labels", Map.of()),
            Map.of(),
            List.of(),
            "plain",
            "",
            "multi\nline\n",
            Map.of("deep", Map.of("deeper", List.of(Map.of("x", "y", "z", List.of()))))));
    spec.put("script", "#!/bin/sh\nset -e\n  indented\n\nexit 0");
    spec.put("keep", "trailing\n\n");
    spec.put("lead", "\n leading newline\n");
    spec.put(
        "quoted", List.of("8080", "true", "yes", "~", "null", "*", "- a", "a: b", "#x", "x #y"));
    spec.put("ingress", List.of(Map.of("from", List.of(Map.of("podSelector", Map.of())))));
    spec.put(
        "metrics",
        List.of(
            Map.of(
                "type",
                "Resource",
                "resource",
                Map.of("name", "cpu", "target", Map.of("averageUtilization", 70)))));
    GenericKubernetesResource generic = new GenericKubernetesResource();
    generic.setApiVersion("batch/v1");
    generic.setKind("CronJob");
    generic.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("backup")
            .withNamespace("shop")
            .addToAnnotations("description", "Runs the backup.\nTwice.")
            .addToAnnotations("empty", "")
            .addToLabels("app.kubernetes.io/name", "backup")
            .build());
    generic.setAdditionalProperties(Map.of("spec", spec));

    var podSpec =
        new PodSpecBuilder()
            .addToContainers(
                new ContainerBuilder()
                    .withName("app")
                    .withImage("registry.local/shop/api:1.2.3")
                    .withArgs("--port=8080", "--flag", "", "a b", "x: y")
                    .withCommand("/bin/sh", "-c", "echo hi\necho bye\n")
                    .addNewPort()
                    .withContainerPort(8080)
                    .withName("http")
                    .endPort()
                    .addNewEnv()
                    .withName("JAVA_OPTS")
                    .withValue(" -Xmx1g ")
                    .endEnv()
                    .withNewResources()
                    .addToRequests("cpu", new Quantity("250m"))
                    .addToLimits("memory", new Quantity("1Gi"))
                    .endResources()
                    .withNewReadinessProbe()
                    .withNewHttpGet()
                    .withPath("/ready")
                    .withPort(new IntOrString("http"))
                    .endHttpGet()
                    .endReadinessProbe()
                    .withNewLivenessProbe()
                    .withNewTcpSocket()
                    .withPort(new IntOrString(8080))
                    .endTcpSocket()
                    .endLivenessProbe()
                    .build())
            .withNewSecurityContext()
            .withRunAsNonRoot(true)
            .withRunAsUser(1000L)
            .endSecurityContext()
            .build();

    return Stream.of(
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("api")
            .addToLabels("app", "api")
            .endMetadata()
            .withNewSpec()
            .withReplicas(3)
            .withNewSelector()
            .addToMatchLabels("app", "api")
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .addToLabels("app", "api")
            .endMetadata()
            .withSpec(podSpec)
            .endTemplate()
            .endSpec()
            .build(),
        new StatefulSetBuilder()
            .withNewMetadata()
            .withName("db")
            .endMetadata()
            .withNewSpec()
            .withServiceName("db")
            .withNewTemplate()
            .withSpec(podSpec)
            .endTemplate()
            .addNewVolumeClaimTemplate()
            .withNewMetadata()
            .withName("data")
            .endMetadata()
            .withNewSpec()
            .withAccessModes("ReadWriteOnce")
            .withNewResources()
            .addToRequests("storage", new Quantity("10Gi"))
            .endResources()
            .endSpec()
            .endVolumeClaimTemplate()
            .endSpec()
            .build(),
        new DaemonSetBuilder()
            .withNewMetadata()
            .withName("agent")
            .endMetadata()
            .withNewSpec()
            .withNewTemplate()
            .withSpec(podSpec)
            .endTemplate()
            .endSpec()
            .build(),
        new ServiceBuilder()
            .withNewMetadata()
            .withName("api")
            .endMetadata()
            .withNewSpec()
            .addToSelector("app", "api")
            .addNewPort()
            .withName("http")
            .withPort(80)
            .withTargetPort(new IntOrString("http"))
            .endPort()
            .endSpec()
            .build(),
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("config")
            .endMetadata()
            .addToData("application.yaml", "server:\n  port: 8080\n")
            .addToData("indented", "  starts with spaces\nthen not")
            .addToData("keep", "two trailing newlines\n\n")
            .addToData("strip", "no trailing newline\nsecond")
            .addToData("newline-first", "\nafter a blank line\n")
            .addToData("only-newline", "\n")
            .addToData("trailing-space", "line \nnext\n")
            .addToData("tab", "a\tb\nc\n")
            .addToData("unicode", "héllo wörld ✓\n日本語\n")
            .addToData("8080", "8080")
            .addToData("true", "yes")
            .addToData("-dash", "- item")
            .build(),
        new SecretBuilder()
            .withNewMetadata()
            .withName("creds")
            .endMetadata()
            .withType("Opaque")
            .addToStringData("password", "p@ss: w#rd")
            .addToData("token", "c2VjcmV0")
            .build(),
        new RoleBuilder()
            .withNewMetadata()
            .withName("reader")
            .endMetadata()
            .addNewRule()
            .withApiGroups("")
            .withResources("pods", "*")
            .withVerbs("get", "list")
            .endRule()
            .build(),
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName("reader")
            .endMetadata()
            .withNewRoleRef()
            .withKind("Role")
            .withName("reader")
            .endRoleRef()
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName("api")
            .endSubject()
            .build(),
        generic);
  }

  @ParameterizedTest
  @MethodSource("objects")
  void writesTheBytesOfJacksonsYamlMapper(Object o) throws IOException {
    assertThat(own(o)).isEqualTo(jackson(o));
    assertThat(Yaml.write(o)).isEqualTo(jackson(o));
  }

  @Test
  void writesLiteralBlocksWithTheirIndicators() throws IOException {
    Map<String, Object> data = new HashMap<>();
    data.put("clip", "a\nb\n");
    data.put("strip", "a\nb");
    data.put("keep", "a\n\n");
    data.put("indent", " a\nb\n");
    List<Object> list = List.of(data);
    String text = own(Map.of("list", list));

    assertThat(text)
        .isEqualTo(
            """
            list:
              - clip: |
                  a
                  b
                indent: |2
                   a
                  b
                keep: |+
                  a

                strip: |-
                  a
                  b
            """)
        .isEqualTo(jackson(Map.of("list", list)));
  }

  @Test
  void writesEmptyCollectionsAndScalarsAtTheRoot() throws IOException {
    for (Object o :
        Arrays.asList(
            Map.of(), List.of(), List.of(List.of()), "text", 42, true, "multi\nline", "8080")) {
      assertThat(own(o)).as(String.valueOf(o)).isEqualTo(jackson(o));
    }
    assertThat(own(Map.of())).isEqualTo("{}\n");
    // As SnakeYAML indents them: a root sequence's items too, and a nested one after its indicator.
    assertThat(own(List.of(List.of(1), List.of()))).isEqualTo("  -   - 1\n  - []\n");
  }

  @Test
  void leavesComplexKeysToJackson() throws IOException {
    String longKey = "k".repeat(128);
    Map<String, Object> multiline = Map.of("two\nlines", "v");
    List<Map<String, Object>> complex =
        List.of(Map.of(longKey, "v"), multiline, Map.of("", "v"), Map.of("a\u2028b", "v"));
    for (Map<String, Object> o : complex) {
      assertThatThrownBy(() -> own(o)).isInstanceOf(NeedsJackson.class);
      assertThat(Yaml.write(o)).isEqualTo(jackson(o));
    }
    assertThat(own(Map.of("k".repeat(127), "v"))).isEqualTo("k".repeat(127) + ": v\n");
  }

  @Test
  void leavesAnEmptyRootStringToJackson() throws IOException {
    assertThatThrownBy(() -> own("")).isInstanceOf(NeedsJackson.class);
    assertThat(Yaml.write("")).isEqualTo(jackson("")).startsWith("---");
  }

  @Test
  void leavesBinaryToJackson() throws IOException {
    Map<String, Object> o = Map.of("bytes", new byte[] {1, 2, 3});
    assertThatThrownBy(() -> own(o)).isInstanceOf(NeedsJackson.class);
    assertThat(Yaml.write(o)).isEqualTo(jackson(o)).contains("!!binary");
  }

  @Test
  void numberLikeStringsStayStrings() throws IOException {
    List<Object> values = new ArrayList<>(List.of("1", "-1", "+1.5", ".", "1.", "0755", "1e3"));
    values.addAll(List.of(1, -1L, 1.5, 1.5f, new BigDecimal("1E+3"), Double.NaN));
    assertThat(own(values)).isEqualTo(jackson(values));
    assertThat(own(Map.of("l", List.of("8080", 8080)))).isEqualTo("l:\n  - \"8080\"\n  - 8080\n");
  }
}
