package dev.stackwright.security.supply;

import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.ReleasePods;
import dev.stackwright.core.release.TypedRelease;
import dev.stackwright.core.release.UpstreamRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.security.ChartValues;
import dev.stackwright.security.policy.PolicyRules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The Trivy operator, which scans what runs (images for vulnerabilities and secrets, workloads'
 * configuration, RBAC) and writes the findings as report resources, as a release of Aqua's {@code
 * trivy-operator} chart (0.34.0, operator 0.32.0) with its scan settings as typed values, named as
 * the chart names them. It installs the aquasecurity.github.io report CRDs ({@link #CRDS}).
 *
 * <p>With the chart's defaults the operator and its scan jobs set no seccomp profile and run as
 * their images' users, so the namespace they run in (the operator's) must admit the baseline level,
 * unless {@link #restrictedPods()} gives them a restricted pod security context; the node collector
 * (for {@link #infraAssessmentScannerEnabled()} and {@link #clusterComplianceEnabled()}) reads the
 * nodes' files through host paths and needs privileged. Both are checked against the namespace's
 * level.
 *
 * <pre>{@code
 * TrivyOperator.builder().namespace("trivy-system")
 *     .severity(Severity.HIGH, Severity.CRITICAL).ignoreUnfixed(true)
 *     .infraAssessmentScannerEnabled(false).clusterComplianceEnabled(false)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class TrivyOperator implements UpstreamRelease, TypedRelease {

  /** The report CRDs of the chart's {@code crds} folder (always installed), as in chart 0.34.0. */
  public static final CrdSet CRDS =
      CrdSet.of(
          "aquasecurity.github.io",
          "VulnerabilityReport",
          "ClusterVulnerabilityReport",
          "ConfigAuditReport",
          "ClusterConfigAuditReport",
          "ExposedSecretReport",
          "RbacAssessmentReport",
          "ClusterRbacAssessmentReport",
          "InfraAssessmentReport",
          "ClusterInfraAssessmentReport",
          "ClusterComplianceReport",
          "SbomReport",
          "ClusterSbomReport");

  private static final ReleasePods OPERATOR_PODS =
      ReleasePods.builder()
          .what("the trivy operator with its scan jobs")
          .level(PodSecurityLevel.BASELINE)
          .reasons("no seccomp profile, no runAsNonRoot with the chart's defaults")
          .path("restrictedPods")
          .turnOff("run them restricted with restrictedPods(true)")
          .build();

  /** The pod security context {@link #restrictedPods()} gives the operator and the scan jobs. */
  private static final Map<String, Object> RESTRICTED_POD =
      Map.of(
          "runAsNonRoot",
          true,
          "runAsUser",
          10000,
          "runAsGroup",
          10000,
          "seccompProfile",
          Map.of("type", "RuntimeDefault"));

  private static final ReleasePods NODE_COLLECTOR =
      ReleasePods.builder()
          .what("the trivy node collector")
          .level(PodSecurityLevel.PRIVILEGED)
          .reasons("hostPath volumes of the node's configuration, hostPID")
          .path("infraAssessmentScannerEnabled")
          .turnOff(
              "turn it off with infraAssessmentScannerEnabled(false) and"
                  + " clusterComplianceEnabled(false)")
          .build();

  /** The release name; {@code trivy-operator}. */
  @Override
  @Value.Default
  public String name() {
    return "trivy-operator";
  }

  /** The chart version; pinned. */
  @Value.Default
  public String version() {
    return "0.34.0";
  }

  /** The chart repository. */
  @Value.Default
  public String repository() {
    return "https://aquasecurity.github.io/helm-charts/";
  }

  /** The namespaces scanned ({@code targetNamespaces}); empty scans all. */
  public abstract List<String> targetNamespaces();

  /** Namespaces left out of an all-namespaces scan ({@code excludeNamespaces}). */
  public abstract List<String> excludeNamespaces();

  /** The severities reported ({@code trivy.severity}); empty reports all. */
  public abstract Set<Severity> severity();

  /** Whether vulnerabilities without a fix are left out ({@code trivy.ignoreUnfixed}); false. */
  @Value.Default
  public boolean ignoreUnfixed() {
    return false;
  }

  /** How many scan jobs run at once ({@code operator.scanJobsConcurrentLimit}); 10. */
  @Value.Default
  public int scanJobsConcurrentLimit() {
    return 10;
  }

  /** How long a scan job may run ({@code operator.scanJobTimeout}, a Go duration); 5m. */
  @Value.Default
  public String scanJobTimeout() {
    return "5m";
  }

  /** Images scanned for vulnerabilities ({@code operator.vulnerabilityScannerEnabled}); true. */
  @Value.Default
  public boolean vulnerabilityScannerEnabled() {
    return true;
  }

  /** Workloads' configuration audited ({@code operator.configAuditScannerEnabled}); true. */
  @Value.Default
  public boolean configAuditScannerEnabled() {
    return true;
  }

  /** RBAC assessed ({@code operator.rbacAssessmentScannerEnabled}); true. */
  @Value.Default
  public boolean rbacAssessmentScannerEnabled() {
    return true;
  }

  /** Images scanned for secrets ({@code operator.exposedSecretScannerEnabled}); true. */
  @Value.Default
  public boolean exposedSecretScannerEnabled() {
    return true;
  }

  /** SBOMs generated ({@code operator.sbomGenerationEnabled}); true. */
  @Value.Default
  public boolean sbomGenerationEnabled() {
    return true;
  }

  /**
   * Nodes assessed by the node collector ({@code operator.infraAssessmentScannerEnabled}); true, as
   * in the chart. Its pods need the privileged level.
   */
  @Value.Default
  public boolean infraAssessmentScannerEnabled() {
    return true;
  }

  /**
   * Compliance reports (CIS, NSA) ({@code operator.clusterComplianceEnabled}); true, as in the
   * chart. They use the node collector too.
   */
  @Value.Default
  public boolean clusterComplianceEnabled() {
    return true;
  }

  /**
   * Whether the operator's and the scan jobs' pods get a restricted pod security context (non-root
   * user 10000, RuntimeDefault seccomp; chart values {@code podSecurityContext} and {@code
   * trivyOperator.scanJobPodTemplatePodSecurityContext}); false, the chart's defaults. The chart's
   * container security contexts already drop every capability. Image scans in the default {@code
   * Standalone} mode pull from the registry and run as non-root; filesystem scans need root.
   */
  @Value.Default
  public boolean restrictedPods() {
    return false;
  }

  /** A ServiceMonitor for the operator's metrics ({@code serviceMonitor.enabled}); false. */
  @Value.Default
  public boolean serviceMonitor() {
    return false;
  }

  /** A builder for the release. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the node collector runs with these settings. */
  public boolean nodeCollector() {
    return infraAssessmentScannerEnabled() || clusterComplianceEnabled();
  }

  /** The chart values. */
  @Value.Lazy
  public Map<String, Object> values() {
    Map<String, Object> values = new TreeMap<>();
    values.put("targetNamespaces", String.join(",", targetNamespaces()));
    values.put("excludeNamespaces", String.join(",", excludeNamespaces()));
    Map<String, Object> operator = new TreeMap<>();
    operator.put("scanJobsConcurrentLimit", scanJobsConcurrentLimit());
    operator.put("scanJobTimeout", scanJobTimeout());
    operator.put("vulnerabilityScannerEnabled", vulnerabilityScannerEnabled());
    operator.put("configAuditScannerEnabled", configAuditScannerEnabled());
    operator.put("rbacAssessmentScannerEnabled", rbacAssessmentScannerEnabled());
    operator.put("exposedSecretScannerEnabled", exposedSecretScannerEnabled());
    operator.put("sbomGenerationEnabled", sbomGenerationEnabled());
    operator.put("infraAssessmentScannerEnabled", infraAssessmentScannerEnabled());
    operator.put("clusterComplianceEnabled", clusterComplianceEnabled());
    values.put("operator", operator);
    Set<Severity> severities = severity().isEmpty() ? EnumSet.allOf(Severity.class) : severity();
    Map<String, Object> trivy = new TreeMap<>();
    trivy.put(
        "severity",
        EnumSet.copyOf(severities).stream().map(Enum::name).collect(Collectors.joining(",")));
    trivy.put("ignoreUnfixed", ignoreUnfixed());
    values.put("trivy", trivy);
    values.put("serviceMonitor", Map.of("enabled", serviceMonitor()));
    if (restrictedPods()) {
      values.put("podSecurityContext", RESTRICTED_POD);
      values.put("trivyOperator", Map.of("scanJobPodTemplatePodSecurityContext", RESTRICTED_POD));
    }
    return ChartValues.merge(values, extraValues());
  }

  /** The chart release this synthesizes through. */
  @Value.Lazy
  public ChartRelease release() {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("trivy-operator")
            .repository(repository())
            .version(version())
            .target(target())
            .addCrdSet(CRDS)
            .putAllValues(values())
            .addAllDependsOn(dependsOn());
    if (!restrictedPods()) {
      release.addPrivilegedPod(OPERATOR_PODS);
    }
    if (nodeCollector()) {
      release.addPrivilegedPod(NODE_COLLECTOR);
    }
    namespace().ifPresent(release::namespace);
    return release.build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.require(
        scanJobsConcurrentLimit() >= 1,
        PolicyRules.INVALID_SETTING,
        "scanJobsConcurrentLimit",
        "must be at least 1, was %d",
        scanJobsConcurrentLimit());
    checks.require(
        scanJobTimeout().matches("([0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h))+"),
        PolicyRules.INVALID_SETTING,
        "scanJobTimeout",
        "expected a Go duration such as 5m or 1h30m, was \"%s\"",
        scanJobTimeout());
    checks.require(
        targetNamespaces().isEmpty() || excludeNamespaces().isEmpty(),
        PolicyRules.INVALID_SETTING,
        "excludeNamespaces",
        "the chart applies excludeNamespaces only when it scans every namespace; drop"
            + " targetNamespaces or excludeNamespaces");
    for (int i = 0; i < targetNamespaces().size(); i++) {
      checks.label("targetNamespaces[" + i + "]", targetNamespaces().get(i));
    }
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

  /** Builds a {@link TrivyOperator}. */
  public static class Builder extends ImmutableTrivyOperator.Builder {}
}
