package dev.stackwright.observability;

import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.ReleasePods;
import dev.stackwright.core.release.TypedRelease;
import dev.stackwright.core.release.UpstreamRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.tracing.TraceBackend;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The monitoring stack (Prometheus operator, Prometheus, Alertmanager, Grafana, kube-state-metrics)
 * as a release of the {@code kube-prometheus-stack} chart, built from typed values. It synthesizes
 * through the core's {@link ChartRelease} into a Flux HelmRelease, an Argo CD Application or a
 * helmfile entry, and installs the Prometheus operator's CRDs ({@link #CRDS}).
 *
 * <p>Prometheus is set to pick up every ServiceMonitor, PodMonitor and PrometheusRule of the
 * cluster (not only those labelled for the release) and Grafana's sidecar loads every ConfigMap
 * labelled {@code grafana_dashboard: "1"} from any namespace, so the monitors, rules and dashboards
 * of this module work without extra labels. Give it to monitors and rules so they are ordered after
 * the CRDs it installs.
 *
 * <pre>{@code
 * MonitoringStack monitoring = MonitoringStack.builder()
 *     .namespace("monitoring").retention("30d").prometheusReplicas(2).storage("50Gi")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class MonitoringStack implements UpstreamRelease, TypedRelease {

  /** The label Grafana's sidecar looks for on dashboard ConfigMaps. */
  public static final String DASHBOARD_LABEL = "grafana_dashboard";

  /** The value of {@link #DASHBOARD_LABEL} the sidecar looks for. */
  public static final String DASHBOARD_LABEL_VALUE = "1";

  /**
   * The monitoring.coreos.com CRDs of the chart's {@code crds} sub-chart (condition {@code
   * crds.enabled}, true by default), as in kube-prometheus-stack 72.6.2.
   */
  public static final CrdSet CRDS =
      CrdSet.of(
              "monitoring.coreos.com",
              "AlertmanagerConfig",
              "Alertmanager",
              "PodMonitor",
              "Probe",
              "PrometheusAgent",
              "Prometheus",
              "PrometheusRule",
              "ScrapeConfig",
              "ServiceMonitor",
              "ThanosRuler")
          .switchedBy("crds.enabled");

  /** What node-exporter's pods need, checked against the namespace they run in. */
  private static final ReleasePods NODE_EXPORTER_PODS =
      ReleasePods.builder()
          .what("node-exporter")
          .level(PodSecurityLevel.PRIVILEGED)
          .reasons("hostNetwork, hostPID, hostPath volumes of the node's /proc, /sys and /")
          .path("nodeExporter")
          .turnOff("turn it off with nodeExporter(false)")
          .moveWith("namespace(...) naming a privileged namespace for the whole release")
          .build();

  /** The release name; {@code kube-prometheus-stack} by default. */
  @Override
  @Value.Default
  public String name() {
    return "kube-prometheus-stack";
  }

  /** The chart version; pinned so the release never floats. */
  @Value.Default
  public String version() {
    return "72.6.2";
  }

  /** The chart repository. */
  @Value.Default
  public String repository() {
    return "https://prometheus-community.github.io/helm-charts";
  }

  /** How long Prometheus keeps samples (a Prometheus duration). */
  @Value.Default
  public String retention() {
    return "15d";
  }

  /** The number of Prometheus replicas. */
  @Value.Default
  public int prometheusReplicas() {
    return 1;
  }

  /**
   * The size of each Prometheus replica's volume; empty means an emptyDir (data lost on restart).
   */
  public abstract Optional<String> storage();

  /** The storage class of the Prometheus volumes; empty means the cluster default. */
  public abstract Optional<String> storageClass();

  /** The number of Alertmanager replicas. */
  @Value.Default
  public int alertmanagerReplicas() {
    return 1;
  }

  /** Whether Grafana is installed (with the dashboard sidecar). */
  @Value.Default
  public boolean grafana() {
    return true;
  }

  /**
   * Whether node-exporter runs on every node (chart value {@code nodeExporter.enabled}, the
   * condition of its {@code prometheus-node-exporter} sub-chart); true. Its pods need the
   * privileged Pod Security level (host network, host PID namespace, host paths), so the namespace
   * must admit them: with node-exporter on, a namespace enforcing baseline or restricted is an
   * error ({@code pod.pod-security-level} at {@code nodeExporter}).
   */
  @Value.Default
  public boolean nodeExporter() {
    return true;
  }

  /**
   * The existing Secret holding Grafana's admin credentials ({@code admin-user} / {@code
   * admin-password}); empty leaves the chart's default, which is fine only for a throwaway cluster.
   */
  public abstract Optional<String> grafanaAdminSecret();

  /**
   * The trace backend Prometheus' exemplars link to in Grafana: exemplar storage is switched on
   * ({@code prometheusSpec.enableFeatures}) and the Prometheus datasource links each exemplar's
   * {@code trace_id} to the backend's datasource ({@code
   * grafana.sidecar.datasources.exemplarTraceIdDestinations}); none by default.
   */
  public abstract Optional<TraceBackend> exemplarsTo();

  /** A builder for the monitoring stack. */
  public static Builder builder() {
    return new Builder();
  }

  /** The monitoring stack with default values, installed into {@code namespace}. */
  public static MonitoringStack in(String namespace) {
    return builder().namespace(namespace).build();
  }

  /** The chart values the typed settings stand for, with {@link #extraValues()} merged over. */
  @Value.Lazy
  public Map<String, Object> values() {
    Map<String, Object> values = new TreeMap<>();
    Map<String, Object> spec = new TreeMap<>();
    spec.put("retention", retention());
    spec.put("replicas", prometheusReplicas());
    spec.put("serviceMonitorSelectorNilUsesHelmValues", false);
    spec.put("podMonitorSelectorNilUsesHelmValues", false);
    spec.put("ruleSelectorNilUsesHelmValues", false);
    storage().ifPresent(size -> spec.put("storageSpec", storageSpec(size)));
    if (exemplarsTo().isPresent()) {
      spec.put("enableFeatures", List.of("exemplar-storage"));
    }
    values.put("prometheus", Map.of("prometheusSpec", spec));
    values.put(
        "alertmanager", Map.of("alertmanagerSpec", Map.of("replicas", alertmanagerReplicas())));
    Map<String, Object> grafana = new TreeMap<>();
    grafana.put("enabled", grafana());
    if (grafana()) {
      Map<String, Object> sidecar = new TreeMap<>();
      sidecar.put(
          "dashboards",
          Map.of(
              "enabled",
              true,
              "label",
              DASHBOARD_LABEL,
              "labelValue",
              DASHBOARD_LABEL_VALUE,
              "searchNamespace",
              "ALL"));
      exemplarsTo()
          .ifPresent(
              backend ->
                  sidecar.put(
                      "datasources",
                      Map.of(
                          "exemplarTraceIdDestinations",
                          Map.of(
                              "datasourceUid", backend.name(),
                              "traceIdLabelName", "trace_id",
                              "urlDisplayLabel", "View trace"))));
      grafana.put("sidecar", sidecar);
      grafanaAdminSecret()
          .ifPresent(secret -> grafana.put("admin", Map.of("existingSecret", secret)));
    }
    values.put("grafana", grafana);
    if (!nodeExporter()) {
      values.put("nodeExporter", Map.of("enabled", false));
    }
    return ValuesMerge.merge(values, extraValues());
  }

  /** The chart release this stack synthesizes through. */
  @Value.Lazy
  public ChartRelease release() {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("kube-prometheus-stack")
            .repository(repository())
            .version(version())
            .target(target())
            .addCrdSet(CRDS)
            .putAllValues(values())
            .addAllDependsOn(dependsOn());
    if (nodeExporter()) {
      release.addPrivilegedPod(NODE_EXPORTER_PODS);
    }
    namespace().ifPresent(release::namespace);
    return release.build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.require(
        Durations.isValid(retention()),
        ObservabilityRules.INVALID_DURATION,
        "retention",
        "expected a Prometheus duration such as 15d or 12h, was \"%s\"",
        retention());
    checks.require(
        prometheusReplicas() >= 1,
        ObservabilityRules.INVALID_COUNT,
        "prometheusReplicas",
        "must be at least 1, was %d",
        prometheusReplicas());
    checks.require(
        alertmanagerReplicas() >= 1,
        ObservabilityRules.INVALID_COUNT,
        "alertmanagerReplicas",
        "must be at least 1, was %d",
        alertmanagerReplicas());
    storage().ifPresent(size -> checks.quantity("storage", size));
    storageClass().ifPresent(sc -> checks.subdomain("storageClass", sc));
    grafanaAdminSecret().ifPresent(secret -> checks.subdomain("grafanaAdminSecret", secret));
    exemplarsTo()
        .ifPresent(
            backend ->
                checks.require(
                    context.contains(backend),
                    ObservabilityRules.UNKNOWN_BACKEND,
                    "exemplarsTo",
                    "trace backend %s \"%s\" is not part of the stack; add it to the stack",
                    backend.kind(),
                    backend.name()));
    release().validate(context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return release().synthesize(context);
  }

  @Override
  public List<ApiKind> installedKinds() {
    return release().installedKinds();
  }

  @Override
  public List<ExtraFile> files(SynthContext context) {
    return release().files(context);
  }

  private Map<String, Object> storageSpec(String size) {
    Map<String, Object> claim = new TreeMap<>();
    claim.put("accessModes", List.of("ReadWriteOnce"));
    claim.put("resources", Map.of("requests", Map.of("storage", size)));
    storageClass().ifPresent(sc -> claim.put("storageClassName", sc));
    return Map.of("volumeClaimTemplate", Map.of("spec", claim));
  }

  /** Builds a {@link MonitoringStack}. */
  public static class Builder extends ImmutableMonitoringStack.Builder {}
}
