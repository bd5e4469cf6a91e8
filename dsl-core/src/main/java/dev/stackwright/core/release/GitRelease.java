package dev.stackwright.core.release;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A release of plain manifests from a folder of an upstream Git repository at a pinned tag: the
 * Gateway API CRDs, the CSI snapshot CRDs and snapshot controller. Synthesized for the delivery
 * tool the cluster runs: a Flux {@code GitRepository} (source.toolkit.fluxcd.io/v1) and a {@code
 * Kustomization} of the folder, an Argo CD Application of the folder, or a helmfile entry whose
 * chart is the folder as a go-getter URL ({@code git::https://...@path?ref=tag}, which helmfile
 * turns into a chart). Its {@link #crdSets()} say which kinds the folder defines, so custom
 * resources of those kinds are checked and applied in a stage after it.
 *
 * <pre>{@code
 * GitRelease crds = GitRelease.builder()
 *     .name("gateway-api-crds").namespace("kube-system")
 *     .url("https://github.com/kubernetes-sigs/gateway-api").ref("v1.3.0")
 *     .path("config/crd/standard")
 *     .addCrdSet(CrdSet.of("gateway.networking.k8s.io", "Gateway", "HTTPRoute"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class GitRelease implements UpstreamRelease, ReleaseDelivery {

  /** The repository to clone: an {@code https://} URL. */
  public abstract String url();

  /** The tag to check out; required, so the release never floats. */
  @Value.Default
  public String ref() {
    return "";
  }

  /** The folder in the repository whose manifests are applied, without a leading {@code ./}. */
  public abstract String path();

  /**
   * The namespace the folder's namespaced objects are put into; empty (the default) keeps the
   * namespaces the manifests state.
   */
  public abstract Optional<String> targetNamespace();

  /** How often Flux reconciles the release (a Go duration); {@code 1h}. */
  @Override
  @Value.Default
  public String interval() {
    return "1h";
  }

  /** The kinds the folder installs: every kind of its CRD sets. */
  @Override
  public List<ApiKind> installedKinds() {
    return crdSets().stream().flatMap(set -> set.kinds().stream()).toList();
  }

  /** The folder as helmfile's go-getter chart URL: {@code git::URL.git@path?ref=tag}. */
  public String goGetterUrl() {
    String repo = url().endsWith(".git") ? url() : url() + ".git";
    return "git::" + repo + "@" + path() + "?ref=" + ref();
  }

  /** A builder for a Git release. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.require(
        url().startsWith("https://"),
        ReleaseRules.INVALID_REPOSITORY,
        "url",
        "expected an https:// Git repository URL, was \"%s\"",
        url());
    checks.require(
        !ref().isBlank(),
        ReleaseRules.MISSING_VERSION,
        "ref",
        "a tag is required (for example \"v1.3.0\"), so the release never floats");
    checks.require(
        !path().isBlank() && !path().startsWith("/") && !path().contains(".."),
        ReleaseRules.INVALID_PATH,
        "path",
        "expected a folder inside the repository such as config/crd/standard, was \"%s\"",
        path());
    targetNamespace().ifPresent(ns -> checks.label("targetNamespace", ns));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return switch (targetIn(context)) {
      case FLUX -> GitFluxRendering.render(this, context);
      case ARGO_CD -> List.of(GitArgoCdRendering.render(this, context));
      case HELMFILE -> List.of();
    };
  }

  /** For helmfile: the release's entry of {@code helmfile.yaml}. */
  @Override
  public List<ExtraFile> files(SynthContext context) {
    return targetIn(context) == ReleaseTarget.HELMFILE
        ? GitHelmfileRendering.render(this, context)
        : List.of();
  }

  /** Builds a {@link GitRelease}. */
  public static class Builder extends ImmutableGitRelease.Builder {}
}
