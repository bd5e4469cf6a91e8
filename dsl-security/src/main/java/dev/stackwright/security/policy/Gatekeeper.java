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
 * OPA Gatekeeper as a release of its {@code gatekeeper} chart (3.23.0, Gatekeeper v3.23.0) with
 * typed values. It installs the {@code ConstraintTemplate} CRD ({@link #CRDS}; the chart always
 * does), so the templates of {@link AdmissionPolicies} are applied in a stage after it, and their
 * constraints in the stage after that. The CEL engine the templates use ({@code
 * K8sNativeValidation}) is stable since Gatekeeper 3.18 and on by default ({@code
 * enableK8sNativeValidation}). Its pods meet the restricted profile with the chart's defaults.
 *
 * <pre>{@code
 * Gatekeeper gatekeeper = Gatekeeper.builder().namespace("gatekeeper-system").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Gatekeeper implements UpstreamRelease, TypedRelease {

  /** The kinds of the chart's {@code crds} folder that policies use, as in chart 3.23.0. */
  public static final CrdSet CRDS =
      CrdSet.of(
          ApiKind.of("templates.gatekeeper.sh", "ConstraintTemplate"),
          ApiKind.of("config.gatekeeper.sh", "Config"),
          ApiKind.of("expansion.gatekeeper.sh", "ExpansionTemplate"),
          ApiKind.of("mutations.gatekeeper.sh", "Assign"),
          ApiKind.of("mutations.gatekeeper.sh", "AssignMetadata"),
          ApiKind.of("mutations.gatekeeper.sh", "ModifySet"),
          ApiKind.of("mutations.gatekeeper.sh", "AssignImage"));

  /** The release name; {@code gatekeeper}. */
  @Override
  @Value.Default
  public String name() {
    return "gatekeeper";
  }

  /** The chart version; pinned. */
  @Value.Default
  public String version() {
    return "3.23.0";
  }

  /** The chart repository. */
  @Value.Default
  public String repository() {
    return "https://open-policy-agent.github.io/gatekeeper/charts";
  }

  /** Replicas of the admission webhook ({@code replicas}); 3, the chart's default. */
  @Value.Default
  public int replicas() {
    return 3;
  }

  /** Seconds between audit runs ({@code auditInterval}); 60. */
  @Value.Default
  public int auditInterval() {
    return 60;
  }

  /** A builder for the release. */
  public static Builder builder() {
    return new Builder();
  }

  /** Gatekeeper with default values in {@code namespace}. */
  public static Gatekeeper in(String namespace) {
    return builder().namespace(namespace).build();
  }

  /** The chart values. */
  @Value.Lazy
  public Map<String, Object> values() {
    Map<String, Object> values = new TreeMap<>();
    values.put("replicas", replicas());
    values.put("auditInterval", auditInterval());
    values.put("enableK8sNativeValidation", true);
    return ChartValues.merge(values, extraValues());
  }

  /** The chart release this synthesizes through. */
  @Value.Lazy
  public ChartRelease release() {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("gatekeeper")
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
        replicas() >= 1,
        PolicyRules.INVALID_SETTING,
        "replicas",
        "must be at least 1, was %d",
        replicas());
    checks.require(
        auditInterval() >= 0,
        PolicyRules.INVALID_SETTING,
        "auditInterval",
        "must be >= 0 seconds (0 turns audit off), was %d",
        auditInterval());
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

  /** Builds {@link Gatekeeper}. */
  public static class Builder extends ImmutableGatekeeper.Builder {}
}
