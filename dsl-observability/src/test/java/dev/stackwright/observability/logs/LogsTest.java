package dev.stackwright.observability.logs;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.validate.Acknowledgement;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.TestStorageClass;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

class LogsTest {
  private final TestWorkload api = TestWorkload.of("api", NamedPort.of("http", 8080));
  private final TestWorkload worker = TestWorkload.of("worker");
  private final TestStorageClass block = new TestStorageClass("block");
  private final Loki loki =
      Loki.builder()
          .namespace("monitoring")
          .retention("14d")
          .storageSize("20Gi")
          .storageClass(block)
          .build();
  private final FluentBit agent = FluentBit.builder().namespace("logging").backend(loki).build();

  private Stack.Builder stack(PodSecurityLevel loggingLevel, Component... components) {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .addNamespace(Namespace.of("monitoring"))
        .addNamespace(Namespace.builder().name("logging").podSecurity(loggingLevel).build())
        .defaultNamespace("shop")
        .add(api, worker, block, loki, agent)
        .add(components);
  }

  private SynthResult synth(Component... components) {
    return Synthesizer.synthesize(stack(PodSecurityLevel.PRIVILEGED, components).build());
  }

  private static JsonNode values(SynthResult result, String release) {
    GenericKubernetesResource helmRelease =
        result.all(GenericKubernetesResource.class).stream()
            .filter(r -> r.getKind().equals("HelmRelease"))
            .filter(r -> r.getMetadata().getName().equals(release))
            .findFirst()
            .orElseThrow();
    return Yaml.tree(helmRelease).at("/spec/values");
  }

  @Test
  void theAgentsPipelineRoutesParsesAndShipsEachDeclaredWorkload() {
    SynthResult result =
        synth(
            Logs.of(api, agent)
                .format(LogFormat.JSON)
                .addKeepLabels("app.kubernetes.io/version")
                .build(),
            Logs.of(worker, agent).format(LogFormat.MULTILINE).multilineStart("^\\d{4}-").build());

    assertThat(result).isOk();
    JsonNode config = values(result, "fluent-bit").at("/config");
    assertThat(config.at("/inputs").asText())
        .isEqualTo(
            """
            [INPUT]
                Name             tail
                Tag              kube.*
                Path             /var/log/containers/*_shop_*.log
                multiline.parser cri
                DB               /var/lib/fluent-bit/tail.db
                Mem_Buf_Limit    16MB
                Skip_Long_Lines  On
                Refresh_Interval 10
            """);
    assertThat(config.at("/filters").asText())
        .contains(
            """
            [FILTER]
                Name         rewrite_tag
                Match_Regex  ^kube\\.var\\.log\\.containers\\.[^_]+_shop_.+$
                Rule         $kubernetes['labels']['app.kubernetes.io/name'] ^api$ logs.shop.api false
                Rule         $kubernetes['labels']['app.kubernetes.io/name'] ^worker$ logs.shop.worker false
                Emitter_Name route_shop
            """)
        .contains(
            """
            [FILTER]
                Name         parser
                Match        logs.shop.api
                Key_Name     log
                Parser       stackwright_json
                Reserve_Data On
            """)
        .contains(
            """
                Name                  multiline
                Match                 logs.shop.worker
                multiline.key_content log
                multiline.parser      stackwright_shop_worker
            """);
    assertThat(config.at("/outputs").asText())
        .contains(
            """
            [OUTPUT]
                Name        loki
                Match       logs.shop.api
                Host        loki.monitoring.svc.cluster.local
                Port        3100
                Labels      app_kubernetes_io_version=$kubernetes['labels']['app.kubernetes.io/version'],\
             container=$kubernetes['container_name'], namespace=shop, workload=api
            """);
    assertThat(config.at("/customParsers").asText())
        .contains("Name   stackwright_json\n    Format json")
        .contains("rule          \"start_state\" \"/^\\d{4}-/\" \"cont\"");
  }

  @Test
  void theAgentIsRestrictedExceptForWhatReadingNodeLogsNeeds() {
    SynthResult result = synth(Logs.of(api, agent).build());

    JsonNode values = values(result, "fluent-bit");
    assertThat(values.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
    assertThat(values.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(values.at("/securityContext/capabilities/drop/0").asText()).isEqualTo("ALL");
    assertThat(values.at("/podSecurityContext/seccompProfile/type").asText())
        .isEqualTo("RuntimeDefault");
    assertThat(values.at("/hostNetwork").asBoolean()).isFalse();
    assertThat(values.at("/daemonSetVolumeMounts/0/readOnly").asBoolean()).isTrue();
    // The exceptions are visible in the values and reported, each where it is set.
    assertThat(values.at("/podSecurityContext/runAsUser").asInt()).isZero();
    assertThat(result)
        .hasWarning(
            Rules.POD_SECURITY_OPT_OUT, "release fluent-bit / values.daemonSetVolumes[varlog]")
        .hasWarning(
            Rules.POD_SECURITY_OPT_OUT, "release fluent-bit / values.daemonSetVolumes[state]")
        .hasWarning(
            Rules.POD_SECURITY_OPT_OUT, "release fluent-bit / values.podSecurityContext.runAsUser");
  }

  @Test
  void theAcknowledgedAgentSynthesizesUnderStrictMode() {
    Stack stack =
        stack(PodSecurityLevel.PRIVILEGED, Logs.of(api, agent).build())
            .acknowledge(
                Acknowledgement.of(
                    Rules.POD_SECURITY_OPT_OUT,
                    "namespace logging",
                    "the log agent reads the nodes' log files"),
                Acknowledgement.of(
                    Rules.POD_SECURITY_OPT_OUT,
                    "release fluent-bit",
                    "reading the nodes' log files needs /var/log and root"))
            .build();

    SynthResult result = Synthesizer.strict().run(stack);

    assertThat(result).isOk();
    assertThat(result.acknowledged()).hasSize(4);
  }

  @Test
  void anAgentInANamespaceThatRefusesHostPathsIsAnErrorNamingTheFix() {
    SynthResult result =
        Synthesizer.synthesize(
            stack(PodSecurityLevel.BASELINE, Logs.of(api, agent).build()).build());

    assertThat(result)
        .hasError(PodRules.POD_SECURITY_LEVEL, "release fluent-bit / namespace")
        .diagnostics()
        .anySatisfy(d -> assertThat(d.message()).contains("privileged").contains("/var/log"));
  }

  @Test
  void lokiKeepsEachDeclaredRetentionOnItsOwnVolume() {
    SynthResult result =
        synth(Logs.of(api, agent).retention("30d").build(), Logs.of(worker, agent).build());

    JsonNode values = values(result, "loki");
    assertThat(values.at("/deploymentMode").asText()).isEqualTo("Monolithic");
    assertThat(values.at("/loki/limits_config/retention_period").asText()).isEqualTo("14d");
    assertThat(values.at("/loki/limits_config/retention_stream").toString())
        .isEqualTo(
            "[{\"period\":\"30d\",\"priority\":1,"
                + "\"selector\":\"{namespace=\\\"shop\\\", workload=\\\"api\\\"}\"}]");
    assertThat(values.at("/loki/compactor/retention_enabled").asBoolean()).isTrue();
    assertThat(values.at("/singleBinary/persistence/storageClass").asText()).isEqualTo("block");
    assertThat(values.at("/singleBinary/persistence/size").asText()).isEqualTo("20Gi");
  }

  @Test
  void aPipelineForAWorkloadNotInTheStackIsAnError() {
    TestWorkload stranger = TestWorkload.of("stranger");

    assertThat(synth(Logs.of(stranger, agent).build()))
        .hasError(ObservabilityRules.UNKNOWN_TARGET, "logs stranger / workload");
  }

  @Test
  void badLogSettingsAreReportedTogetherWithTheirPaths() {
    Loki badLoki = Loki.builder().namespace("monitoring").retention("forever").build();
    FluentBit badAgent = FluentBit.builder().name("agent").backend(badLoki).build();

    SynthResult result =
        synth(
            Logs.of(api, agent)
                .retention("30 days")
                .addKeepLabels("app.kubernetes.io/version", "app.kubernetes.io-version", "-bad")
                .build(),
            Logs.of(worker, agent)
                .retention("12h")
                .format(LogFormat.MULTILINE)
                .multilineStart("(")
                .build(),
            Logs.of(worker, badAgent).name("stray").build());

    assertThat(result)
        .hasError(ObservabilityRules.INVALID_DURATION, "logs api / retention")
        .hasError(ObservabilityRules.INVALID_LABEL, "logs api / keepLabels[1]")
        .hasError(ObservabilityRules.INVALID_LABEL, "logs api / keepLabels[2]")
        .hasError(ObservabilityRules.INVALID_DURATION, "logs worker / retention")
        .hasError(ObservabilityRules.INVALID_PATTERN, "logs worker / multilineStart")
        .hasError(ObservabilityRules.UNKNOWN_TARGET, "logs stray / agent");
  }

  @Test
  void anAgentShippingToABackendNotInTheStackIsAnError() {
    Loki other = Loki.builder().name("other").namespace("monitoring").retention("1h").build();
    FluentBit lost = FluentBit.builder().name("lost").namespace("logging").backend(other).build();

    assertThat(synth(lost)).hasError(ObservabilityRules.UNKNOWN_BACKEND, "release lost / backend");
    assertThat(Synthesizer.synthesize(stack(PodSecurityLevel.PRIVILEGED, other).build()))
        .hasError(ObservabilityRules.INVALID_DURATION, "release other / retention");
  }
}
