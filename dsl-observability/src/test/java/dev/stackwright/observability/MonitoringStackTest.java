package dev.stackwright.observability;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.ManifestFiles;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.release.ReleaseTarget;
import dev.stackwright.core.stage.Delivery;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitoringStackTest {

  private static Stack stackWith(MonitoringStack monitoring) {
    return Stack.builder()
        .name("platform")
        .addNamespace(Namespace.of("monitoring"))
        .add(monitoring)
        .build();
  }

  /** Defaults that a restricted namespace admits: node-exporter off. */
  private static MonitoringStack restricted() {
    return MonitoringStack.builder().namespace("monitoring").nodeExporter(false).build();
  }

  @Test
  void typedSettingsBecomeKubePrometheusStackValues() {
    MonitoringStack monitoring =
        MonitoringStack.builder()
            .namespace("monitoring")
            .retention("30d")
            .prometheusReplicas(2)
            .storage("50Gi")
            .storageClass("ceph-block")
            .grafanaAdminSecret("grafana-admin")
            .build();

    assertThat(monitoring.values())
        .extractingByKey("prometheus")
        .isEqualTo(
            Map.of(
                "prometheusSpec",
                Map.of(
                    "retention",
                    "30d",
                    "replicas",
                    2,
                    "serviceMonitorSelectorNilUsesHelmValues",
                    false,
                    "podMonitorSelectorNilUsesHelmValues",
                    false,
                    "ruleSelectorNilUsesHelmValues",
                    false,
                    "storageSpec",
                    Map.of(
                        "volumeClaimTemplate",
                        Map.of(
                            "spec",
                            Map.of(
                                "accessModes", java.util.List.of("ReadWriteOnce"),
                                "resources", Map.of("requests", Map.of("storage", "50Gi")),
                                "storageClassName", "ceph-block"))))));
    assertThat(monitoring.values())
        .extractingByKey("grafana")
        .isEqualTo(
            Map.of(
                "enabled",
                true,
                "admin",
                Map.of("existingSecret", "grafana-admin"),
                "sidecar",
                Map.of(
                    "dashboards",
                    Map.of(
                        "enabled", true,
                        "label", "grafana_dashboard",
                        "labelValue", "1",
                        "searchNamespace", "ALL"))));
  }

  @Test
  void synthesizesThroughTheReleaseComponentAsAFluxHelmRelease() {
    var result = Synthesizer.synthesize(stackWith(restricted()));

    assertThat(result).isOk();
    GenericKubernetesResource release =
        result.all(GenericKubernetesResource.class).stream()
            .filter(r -> r.getKind().equals("HelmRelease"))
            .findFirst()
            .orElseThrow();
    assertThat(release.getMetadata().getName()).isEqualTo("kube-prometheus-stack");
    assertThat(release.getMetadata().getNamespace()).isEqualTo("monitoring");
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) release.getAdditionalProperties().get("spec");
    assertThat(spec.toString())
        .contains("chart=kube-prometheus-stack")
        .contains("version=72.6.2")
        .contains("retention=15d");
  }

  @Test
  void extraValuesMergeOverTheTypedOnes() {
    MonitoringStack monitoring =
        MonitoringStack.builder()
            .namespace("monitoring")
            .putExtraValue("grafana", Map.of("defaultDashboardsTimezone", "utc"))
            .build();

    assertThat(monitoring.values())
        .extractingByKey("grafana")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("defaultDashboardsTimezone", "utc")
        .containsEntry("enabled", true);
  }

  @Test
  void badSettingsAreReportedWithTheirPaths() {
    MonitoringStack monitoring =
        MonitoringStack.builder()
            .namespace("monitoring")
            .retention("two weeks")
            .prometheusReplicas(0)
            .storage("50GB")
            .build();

    assertThat(Synthesizer.synthesize(stackWith(monitoring)))
        .hasError(ObservabilityRules.INVALID_DURATION, "release kube-prometheus-stack / retention")
        .hasError(
            ObservabilityRules.INVALID_COUNT, "release kube-prometheus-stack / prometheusReplicas")
        .hasError(
            dev.stackwright.core.validate.Rules.INVALID_QUANTITY,
            "release kube-prometheus-stack / storage");
  }

  @Test
  void forHelmfileTheMonitoringStackIsAHelmfileEntryNotLostFromTheOutput() {
    SynthResult result =
        Synthesizer.synthesize(
            stackWith(
                MonitoringStack.builder()
                    .namespace("monitoring")
                    .nodeExporter(false)
                    .target(ReleaseTarget.HELMFILE)
                    .build()));

    var files = ManifestFiles.of(result, Layout.PER_OBJECT);
    assertThat(files)
        .extracting(OutputFile::path)
        .contains("helmfile.yaml", "releases/kube-prometheus-stack.values.yaml");
    assertThat(files.stream().filter(f -> f.path().equals("helmfile.yaml")).findFirst())
        .get()
        .extracting(OutputFile::content)
        .asString()
        .contains(
            "chart: kube-prometheus-stack/kube-prometheus-stack",
            "namespace: monitoring",
            "version: 72.6.2");
    assertThat(result.objects()).extracting(o -> o.getKind()).containsExactly("Namespace");
  }

  @Test
  void withoutATargetTheReleaseFollowsTheStacksDelivery() {
    Stack kubectl =
        Stack.builder().from(stackWith(restricted())).delivery(Delivery.kubectl()).build();

    assertThat(Synthesizer.synthesize(kubectl).stages().mergedFiles()).containsKey("helmfile.yaml");
    assertThat(Synthesizer.synthesize(stackWith(restricted())).objects())
        .extracting(o -> o.getKind())
        .contains("HelmRelease");
  }

  @Test
  void theMonitoringStackInstallsThePrometheusOperatorsCrdsUnlessSwitchedOff() {
    assertThat(MonitoringStack.in("monitoring").installedKinds())
        .extracting(k -> k.crdName())
        .contains("podmonitors.monitoring.coreos.com", "prometheuses.monitoring.coreos.com");
    assertThat(
            MonitoringStack.builder()
                .namespace("monitoring")
                .putExtraValue("crds", Map.of("enabled", false))
                .build()
                .installedKinds())
        .isEmpty();
  }

  @Test
  void nodeExporterInARestrictedNamespaceIsAnErrorNamingTheFixes() {
    SynthResult result = Synthesizer.synthesize(stackWith(MonitoringStack.in("monitoring")));

    String rule = dev.stackwright.core.pod.PodRules.POD_SECURITY_LEVEL;
    String path = "release kube-prometheus-stack / nodeExporter";
    assertThat(result)
        .hasError(rule, path, "node-exporter needs the privileged Pod Security level")
        .hasError(rule, path, "turn it off with nodeExporter(false)")
        .hasError(rule, path, "run it in a namespace that admits it")
        .hasError(rule, path, "Namespace.builder().podSecurity(PodSecurityLevel.PRIVILEGED)");
  }

  @Test
  void nodeExporterOffTurnsItsSubChartOffAndPassesARestrictedNamespace() {
    MonitoringStack monitoring =
        MonitoringStack.builder().namespace("monitoring").nodeExporter(false).build();

    assertThat(monitoring.values()).containsEntry("nodeExporter", Map.of("enabled", false));
    assertThat(Synthesizer.synthesize(stackWith(monitoring))).isOk();
  }

  @Test
  void nodeExporterInAPrivilegedNamespaceIsAdmitted() {
    Stack stack =
        Stack.builder()
            .name("platform")
            .addNamespace(
                Namespace.builder()
                    .name("monitoring")
                    .podSecurity(dev.stackwright.core.PodSecurityLevel.PRIVILEGED)
                    .build())
            .add(MonitoringStack.in("monitoring"))
            .build();

    assertThat(Synthesizer.synthesize(stack)).isOk();
    assertThat(MonitoringStack.in("monitoring").values()).doesNotContainKey("nodeExporter");
  }
}
