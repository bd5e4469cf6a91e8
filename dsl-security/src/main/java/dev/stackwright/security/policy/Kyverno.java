package dev.stackwright.security.policy;

import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.TypedRelease;
import dev.stackwright.core.release.UpstreamRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.security.ChartValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Kyverno as a release of its {@code kyverno} chart (3.9.0, Kyverno v1.19.0) with typed values. It
 * installs the kyverno.io CRDs ({@link #CRDS}, switched by {@code crds.install}), so the {@code
 * ClusterPolicy} and {@code Policy} objects of {@link AdmissionPolicies} are applied in a stage
 * after it. Its pods meet the restricted profile with the chart's defaults.
 *
 * <pre>{@code
 * Kyverno kyverno = Kyverno.builder().namespace("kyverno").admissionReplicas(3).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Kyverno implements UpstreamRelease, TypedRelease {

  /** The kyverno.io CRDs of the chart's {@code crds} sub-chart, as in chart 3.9.0. */
  public static final CrdSet CRDS =
      CrdSet.of(
              "kyverno.io",
              "ClusterPolicy",
              "Policy",
              "PolicyException",
              "ClusterCleanupPolicy",
              "CleanupPolicy",
              "GlobalContextEntry",
              "UpdateRequest")
          .switchedBy("crds.install");

  /** The release name; {@code kyverno}. */
  @Override
  @Value.Default
  public String name() {
    return "kyverno";
  }

  /** The chart version; pinned. */
  @Value.Default
  public String version() {
    return "3.9.0";
  }

  /** The chart repository. */
  @Value.Default
  public String repository() {
    return "https://kyverno.github.io/kyverno/";
  }

  /**
   * Replicas of the admission controller ({@code admissionController.replicas}); 1. Use 3 where a
   * policy enforces: with one replica, admission waits on that pod.
   */
  @Value.Default
  public int admissionReplicas() {
    return 1;
  }

  /** Whether the background controller runs ({@code backgroundController.enabled}); true. */
  @Value.Default
  public boolean backgroundController() {
    return true;
  }

  /** Whether the cleanup controller runs ({@code cleanupController.enabled}); true. */
  @Value.Default
  public boolean cleanupController() {
    return true;
  }

  /** Whether the reports controller runs ({@code reportsController.enabled}); true. */
  @Value.Default
  public boolean reportsController() {
    return true;
  }

  /** A builder for the release. */
  public static Builder builder() {
    return new Builder();
  }

  /** Kyverno with default values in {@code namespace}. */
  public static Kyverno in(String namespace) {
    return builder().namespace(namespace).build();
  }

  /** The chart values. */
  @Value.Lazy
  public Map<String, Object> values() {
    Map<String, Object> values = new TreeMap<>();
    values.put("admissionController", Map.of("replicas", admissionReplicas()));
    values.put("backgroundController", Map.of("enabled", backgroundController()));
    values.put("cleanupController", Map.of("enabled", cleanupController()));
    values.put("reportsController", Map.of("enabled", reportsController()));
    return ChartValues.merge(values, extraValues());
  }

  /** The chart release this synthesizes through. */
  @Value.Lazy
  public ChartRelease release() {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("kyverno")
            .repository(repository())
            .version(version())
            .target(target())
            .addCrdSet(CRDS)
            .putAllValues(values())
            .addAllDependsOn(dependsOn());
    namespace().ifPresent(release::namespace);
    return release.build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.require(
        admissionReplicas() >= 1,
        PolicyRules.INVALID_SETTING,
        "admissionReplicas",
        "must be at least 1, was %d",
        admissionReplicas());
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

  /** Builds {@link Kyverno}. */
  public static class Builder extends ImmutableKyverno.Builder {}
}
