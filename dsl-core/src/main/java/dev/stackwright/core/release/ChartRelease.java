package dev.stackwright.core.release;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.pod.ImageReferences;
import dev.stackwright.core.pod.PodAdmission;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A release of an upstream Helm chart (a storage operator, a mesh control plane, a monitoring
 * stack) with its values, synthesized for the delivery tool the cluster runs: a Flux HelmRelease,
 * an Argo CD Application, or a helmfile entry. It states the CRDs the chart installs ({@link
 * #crdSets()}, with the values that switch them), so custom resources of those kinds are checked
 * and applied in a stage after the release is ready.
 *
 * <pre>{@code
 * ChartRelease rook = ChartRelease.builder()
 *     .name("rook-ceph").namespace("rook-ceph")
 *     .chart("rook-ceph").repository("https://charts.rook.io/release").version("v1.16.4")
 *     .putValue("csi", Map.of("enableRbdDriver", true))
 *     .addCrdSet(CrdSet.of("ceph.rook.io", "CephCluster", "CephBlockPool").switchedBy("crds.enabled"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ChartRelease implements UpstreamRelease, ReleaseDelivery {

  /** The chart's name in its repository. */
  public abstract String chart();

  /** The chart repository: an {@code https://} index URL or an {@code oci://} registry path. */
  public abstract String repository();

  /** The chart version; required, so a release never floats. */
  @Value.Default
  public String version() {
    return "";
  }

  /** The chart values, as nested maps, lists and scalars; keys are sorted on output. */
  public abstract Map<String, Object> values();

  /**
   * The chart's pods that need more than the restricted Pod Security level with these values,
   * checked against their namespace's level; none by default.
   */
  public abstract List<ReleasePods> privilegedPods();

  /**
   * The images the chart runs where its values set them, so the stack's mirrors, image lock and
   * registry policy apply to them; none by default.
   */
  public abstract List<ReleaseImage> images();

  /** The values as rendered in {@code context}'s stack: with mirrored and pinned images. */
  public Map<String, Object> valuesIn(SynthContext context) {
    if (images().isEmpty()) {
      return values();
    }
    ImageReferences refs = ImageReferences.in(context);
    Map<String, Object> out = ReleaseImage.copy(values());
    images().forEach(i -> i.apply(refs, out));
    return out;
  }

  /** The ingress classes the chart's controller serves; none by default. */
  @Override
  public abstract List<String> servedIngressClasses();

  /** The gateway classes the chart's controller serves; none by default. */
  @Override
  public abstract List<String> servedGatewayClasses();

  /** The kinds the release installs with its values: its CRD sets that are switched on. */
  @Override
  public List<ApiKind> installedKinds() {
    return crdSets().stream().flatMap(set -> set.installedWith(values()).stream()).toList();
  }

  /** How often Flux reconciles the release (a Go duration); {@code 30m}. */
  @Override
  @Value.Default
  public String interval() {
    return "30m";
  }

  /** Whether the repository is an OCI registry. */
  public boolean isOci() {
    return repository().startsWith("oci://");
  }

  /** A builder for a chart release. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.require(
        !chart().isBlank(), ReleaseRules.MISSING_CHART, "chart", "a chart name is required");
    checks.require(
        !version().isBlank(),
        ReleaseRules.MISSING_VERSION,
        "version",
        "a chart version is required (for example \"1.16.4\"), so the release never floats");
    checks.require(
        repository().startsWith("https://")
            || repository().startsWith("http://")
            || repository().startsWith("oci://"),
        ReleaseRules.INVALID_REPOSITORY,
        "repository",
        "expected an https:// chart repository URL or an oci:// registry path, was \"%s\"",
        repository());
    ValuesCheck.check(values(), checks, "values");
    privilegedPods().forEach(pods -> checkAdmission(pods, context, checks));
    images().forEach(i -> i.check(ImageReferences.in(context), checks));
  }

  private void checkAdmission(ReleasePods pods, SynthContext context, Checks checks) {
    String ns = pods.namespace().orElse(context.namespaceOf(this));
    context
        .find(new ComponentId("namespace", "", ns))
        .filter(Namespace.class::isInstance)
        .map(Namespace.class::cast)
        .filter(n -> !PodAdmission.admits(n.podSecurity(), pods.level()))
        .ifPresent(
            n ->
                checks.error(
                    PodRules.POD_SECURITY_LEVEL,
                    pods.path(),
                    "%s needs the %s Pod Security level (%s) but namespace %s enforces %s, so"
                        + " admission would refuse its pods; %s,%s or lower %s's level visibly"
                        + " with Namespace.builder().podSecurity(PodSecurityLevel.%s)",
                    pods.what(),
                    pods.level().label(),
                    pods.reasons(),
                    ns,
                    n.podSecurity().label(),
                    pods.turnOff(),
                    pods.moveWith()
                        .map(m -> " run it in a namespace that admits it with " + m + ",")
                        .orElse(""),
                    ns,
                    pods.level().name()));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return switch (targetIn(context)) {
      case FLUX -> FluxRendering.render(this, context);
      case ARGO_CD -> List.of(ArgoCdRendering.render(this, context));
      case HELMFILE -> List.of();
    };
  }

  /** For helmfile: the release's entry of {@code helmfile.yaml} and its values file. */
  @Override
  public List<ExtraFile> files(SynthContext context) {
    return targetIn(context) == ReleaseTarget.HELMFILE
        ? HelmfileRendering.render(this, context)
        : List.of();
  }

  /** Builds a {@link ChartRelease}. */
  public static class Builder extends ImmutableChartRelease.Builder {}
}
