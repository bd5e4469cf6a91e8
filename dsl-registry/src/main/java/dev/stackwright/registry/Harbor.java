package dev.stackwright.registry;

import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ClaimTemplate;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.contract.FileContributor;
import dev.stackwright.core.pod.ImageMirror;
import dev.stackwright.core.pod.MirrorSource;
import dev.stackwright.core.pod.PullSecretSource;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.ReleaseImage;
import dev.stackwright.core.release.TypedRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Harbor, the registry the platform pulls from, as a release of its chart ({@code harbor} {@value
 * #VERSION}, Harbor {@value #APP_VERSION}, from {@value #REPOSITORY}) with typed values: its host,
 * exposed through an Ingress or a Gateway of the stack ({@link HarborExposure}) with TLS from a
 * Secret; its volumes on the stack's claims and storage classes ({@link ClaimTemplate}); its admin
 * password from a Secret, never the chart's default; and its proxy-cache projects ({@link
 * ProxyCache}), which are also the stack's image mirrors ({@link MirrorSource}), so {@code
 * docker.io} images are pulled through {@code <host>/dockerhub} once Harbor is in the stack.
 *
 * <p>Harbor configures projects through its API, not its chart: the component writes {@code
 * registry/<name>-proxy-cache.sh}, which creates the registry endpoints and projects with {@code
 * curl}. Harbor's own images are not mirrored (they are pulled before Harbor serves), but an image
 * lock pins them. Its pods meet the restricted Pod Security level with the chart's defaults.
 *
 * <pre>{@code
 * Harbor.builder()
 *     .namespace("registry")
 *     .host("harbor.example.com")
 *     .exposure(HarborExposure.ingress("nginx"))
 *     .tlsSecret(SecretRef.existing("harbor-tls"))
 *     .adminPasswordSecret(SecretRef.existing("harbor-admin"))
 *     .putStorage(HarborVolume.REGISTRY, PerReplicaClaim.of("registry", "200Gi", blockClass))
 *     .addProxyCache(ProxyCache.of("docker.io", "dockerhub"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Harbor
    implements TypedRelease, FileContributor, MirrorSource, PullSecretSource {
  /** The pinned chart version. */
  public static final String VERSION = "1.19.1";

  /** The Harbor version the chart runs. */
  public static final String APP_VERSION = "v2.15.1";

  /** The chart repository. */
  public static final String REPOSITORY = "https://helm.goharbor.io";

  /** The chart's images at {@value #VERSION}, by values path. */
  static final Map<String, String> IMAGES =
      Map.of(
          "portal.image", "goharbor/harbor-portal",
          "core.image", "goharbor/harbor-core",
          "jobservice.image", "goharbor/harbor-jobservice",
          "registry.registry.image", "goharbor/registry-photon",
          "registry.controller.image", "goharbor/harbor-registryctl",
          "trivy.image", "goharbor/trivy-adapter-photon",
          "database.internal.image", "goharbor/harbor-db",
          "redis.internal.image", "goharbor/redis-photon");

  /** The release name; {@code harbor}. */
  @Override
  @Value.Default
  public String name() {
    return "harbor";
  }

  /**
   * The host Harbor is served on, such as {@code harbor.example.com}: the one place it is named.
   */
  public abstract String host();

  /** How Harbor is reached on {@link #host()}. */
  public abstract HarborExposure exposure();

  /** The Secret holding the TLS certificate of {@link #host()} (a cert-manager Certificate's). */
  public abstract Optional<SecretRef> tlsSecret();

  /** The Secret holding the admin password (key {@code HARBOR_ADMIN_PASSWORD}). */
  public abstract SecretRef adminPasswordSecret();

  /**
   * The pull Secret of Harbor's host, by reference, for every service account whose pods pull from
   * it; none by default (public proxy-cache projects need none).
   */
  public abstract Optional<SecretRef> pullSecret();

  /** The claim of each volume; {@link HarborVolume#REGISTRY} is required. */
  public abstract Map<HarborVolume, ClaimTemplate> storage();

  /** The proxy-cache projects, which are the stack's mirrors of their registries. */
  public abstract List<ProxyCache> proxyCaches();

  /** Whether Trivy scans pushed images; true by default, as in the chart. */
  @Value.Default
  public boolean trivy() {
    return true;
  }

  @Override
  public String kind() {
    return "harbor";
  }

  @Override
  public Layer layer() {
    return Layer.RELEASE;
  }

  /** A builder for Harbor. */
  public static Builder builder() {
    return new Builder();
  }

  /** The URL Harbor is reached at. */
  public String externalUrl() {
    return "https://" + host();
  }

  @Override
  public List<ImageMirror> imageMirrors() {
    return proxyCaches().stream()
        .map(p -> ImageMirror.of(p.registry(), host() + "/" + p.project()))
        .toList();
  }

  @Override
  public Map<String, SecretRef> pullSecrets() {
    return pullSecret().map(s -> Map.of(host(), s)).orElse(Map.of());
  }

  /** The chart release Harbor synthesizes through. */
  @Value.Lazy
  public ChartRelease release() {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("harbor")
            .repository(REPOSITORY)
            .version(VERSION)
            .target(target())
            .putAllValues(HarborValues.of(this))
            .addAllDependsOn(dependsOn());
    namespace().ifPresent(release::namespace);
    IMAGES.forEach(
        (path, repository) ->
            release.addImage(
                ReleaseImage.of(path, "docker.io/" + repository + ":" + APP_VERSION).unmirrored()));
    storage().values().forEach(c -> c.component().ifPresent(release::addDependsOn));
    return release.build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.require(
        isDnsName(host()),
        RegistryRules.INVALID_HOST,
        "host",
        "expected a DNS name such as \"harbor.example.com\", was \"%s\"",
        host());
    HarborChecks.check(this, context, checks);
    release().validate(context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(release().synthesize(context));
    exposure().gatewayClassName().ifPresent(c -> out.add(HarborValues.gateway(this, c, context)));
    return out;
  }

  @Override
  public List<ExtraFile> files(SynthContext context) {
    List<ExtraFile> out = new ArrayList<>(release().files(context));
    if (!proxyCaches().isEmpty()) {
      out.add(ExtraFile.text("registry/" + name() + "-proxy-cache.sh", ProxyCacheScript.of(this)));
    }
    return out;
  }

  static boolean isDnsName(String host) {
    return host.length() <= 253
        && host.contains(".")
        && host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
  }

  /** Builds {@link Harbor}. */
  public static class Builder extends ImmutableHarbor.Builder {}
}
