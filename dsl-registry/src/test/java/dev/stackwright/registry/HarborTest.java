package dev.stackwright.registry;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.ClaimTemplate;
import dev.stackwright.core.pod.ImageLock;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.RegistryPolicy;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HarborTest {
  private static final Path CRDS = Path.of("src/test/resources/crds");
  private static final String DIGEST = "sha256:" + "0f".repeat(32);

  /** A claim template of the storage layer, as PerReplicaClaim gives it. */
  record Claim(String name, String size, String storageClass) implements ClaimTemplate {
    @Override
    public PersistentVolumeClaim toClaimTemplate() {
      PersistentVolumeClaimBuilder b =
          new PersistentVolumeClaimBuilder()
              .withNewMetadata()
              .withName(name)
              .endMetadata()
              .withNewSpec()
              .withStorageClassName(storageClass)
              .withAccessModes("ReadWriteOnce")
              .endSpec();
      if (size != null) {
        b.editSpec()
            .withNewResources()
            .addToRequests("storage", new Quantity(size))
            .endResources()
            .endSpec();
      }
      return b.build();
    }
  }

  private static Harbor.Builder harbor() {
    return Harbor.builder()
        .namespace("registry")
        .host("harbor.example.com")
        .exposure(HarborExposure.ingress("nginx"))
        .tlsSecret(SecretRef.existing("harbor-tls"))
        .adminPasswordSecret(SecretRef.existing("harbor-admin"))
        .putStorage(HarborVolume.REGISTRY, new Claim("registry", "200Gi", "ceph-block"))
        .putStorage(HarborVolume.DATABASE, new Claim("database", "10Gi", "ceph-block"))
        .addProxyCache(ProxyCache.of("docker.io", "dockerhub"));
  }

  private static Stack stack(Component... components) {
    return Stack.builder()
        .name("platform")
        .target(
            TargetCluster.builder()
                .kubernetesVersion("1.32")
                .provides(
                    Prerequisite.FLUX,
                    Prerequisite.GATEWAY_API_STANDARD,
                    Prerequisite.ingressClass("nginx"),
                    Prerequisite.gatewayClass("istio"))
                .build())
        .defaultNamespace("apps")
        .addNamespaces(Namespace.of("registry"), Namespace.of("apps"))
        .add(components)
        .build();
  }

  private static GenericKubernetesResource helmRelease(SynthResult result) {
    return (GenericKubernetesResource)
        result.find("HelmRelease", "registry", "harbor").orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> values(SynthResult result) {
    return (Map<String, Object>)
        ((Map<String, Object>) helmRelease(result).getAdditionalProperties().get("spec"))
            .get("values");
  }

  private static String image(SynthResult result, String workload) {
    return result.objects().stream()
        .filter(o -> o instanceof Deployment && o.getMetadata().getName().equals(workload))
        .map(o -> ((Deployment) o).getSpec().getTemplate().getSpec().getContainers().get(0))
        .findFirst()
        .orElseThrow()
        .getImage();
  }

  @Test
  void harborIsAPinnedChartReleaseWithTypedValues() {
    SynthResult result = Synthesizer.synthesize(stack(harbor().build()));

    assertThat(result).isOk();
    CrdSchemas.assertValid(
        helmRelease(result), CRDS.resolve("helm.toolkit.fluxcd.io_helmreleases.yaml"));
    assertThat(helmRelease(result).getAdditionalProperties().get("spec").toString())
        .contains("chart=harbor", "version=1.19.1");
    Map<String, Object> values = values(result);
    assertThat(values)
        .containsEntry("externalURL", "https://harbor.example.com")
        .containsEntry("existingSecretAdminPassword", "harbor-admin")
        .containsEntry(
            "expose",
            Map.of(
                "type", "ingress",
                "ingress",
                    Map.of("className", "nginx", "hosts", Map.of("core", "harbor.example.com")),
                "tls",
                    Map.of(
                        "enabled",
                        true,
                        "certSource",
                        "secret",
                        "secret",
                        Map.of("secretName", "harbor-tls"))))
        .containsEntry(
            "persistence",
            Map.of(
                "enabled",
                true,
                "persistentVolumeClaim",
                Map.of(
                    "registry",
                    Map.of(
                        "storageClass",
                        "ceph-block",
                        "size",
                        "200Gi",
                        "accessMode",
                        "ReadWriteOnce"),
                    "database",
                    Map.of(
                        "storageClass",
                        "ceph-block",
                        "size",
                        "10Gi",
                        "accessMode",
                        "ReadWriteOnce"))));
    assertThat(values).doesNotContainKeys("core", "harborAdminPassword");
  }

  @Test
  void harborWaitsForTheReleasesItDependsOnLikeEveryRelease() {
    ChartRelease certManager =
        ChartRelease.builder()
            .name("cert-manager")
            .namespace("registry")
            .chart("cert-manager")
            .repository("https://charts.jetstack.io")
            .version("v1.17.2")
            .build();
    SynthResult result =
        Synthesizer.synthesize(stack(certManager, harbor().addDependsOn(certManager).build()));

    assertThat(result).isOk();
    assertThat(
            ((Map<?, ?>) helmRelease(result).getAdditionalProperties().get("spec"))
                .get("dependsOn"))
        .isEqualTo(List.of(Map.of("name", "cert-manager", "namespace", "registry")));
  }

  @Test
  void proxyCacheProjectsAreTheStacksMirrors() {
    SynthResult result =
        Synthesizer.synthesize(
            stack(
                harbor().build(),
                TestWorkload.builder().name("web").image("nginx:1.27").build(),
                TestWorkload.builder().name("api").image("registry.example.com/api:1.0").build()));

    assertThat(result).isOk();
    assertThat(image(result, "web")).isEqualTo("harbor.example.com/dockerhub/library/nginx:1.27");
    assertThat(image(result, "api")).isEqualTo("registry.example.com/api:1.0");
  }

  @Test
  void harborsOwnImagesAreNotMirroredButTheLockPinsThem() {
    StringBuilder lock = new StringBuilder("nginx:1.27 " + DIGEST + "\n");
    Harbor.IMAGES
        .values()
        .forEach(
            r ->
                lock.append(r)
                    .append(':')
                    .append(Harbor.APP_VERSION)
                    .append(' ')
                    .append(DIGEST)
                    .append('\n'));
    SynthResult result =
        Synthesizer.synthesize(
            stack(
                harbor().build(),
                TestWorkload.builder().name("web").image("nginx:1.27").build(),
                ImageLock.parse(lock.toString(), "images.lock")));

    assertThat(result).isOk();
    assertThat(image(result, "web"))
        .isEqualTo("harbor.example.com/dockerhub/library/nginx:1.27@" + DIGEST);
    assertThat(values(result))
        .extractingByKey("core")
        .isEqualTo(
            Map.of(
                "image",
                Map.of(
                    "repository", "docker.io/goharbor/harbor-core", "tag", "v2.15.1@" + DIGEST)));
  }

  @Test
  void anImageOfHarborMissingFromTheLockIsAnErrorAtItsValue() {
    assertThat(stack(harbor().build(), ImageLock.parse("", "images.lock")))
        .hasError(
            PodRules.IMAGE_NOT_LOCKED,
            "harbor harbor / values.core.image",
            "\"docker.io/goharbor/harbor-core:v2.15.1 sha256:<digest>\"");
  }

  @Test
  void theProxyCacheScriptCreatesEachEndpointAndProject() {
    Harbor harbor = harbor().addProxyCache(ProxyCache.of("quay.io", "quay")).build();
    SynthResult result = Synthesizer.synthesize(stack(harbor));
    assertThat(result).isOk();

    String script = result.stages().mergedFiles().get("registry/harbor-proxy-cache.sh");
    assertThat(script)
        .contains("api='https://harbor.example.com/api/v2.0'")
        .contains(
            "post registries '{\"name\":\"docker.io\",\"type\":\"docker-hub\",\"url\":\"https://hub.docker.com\",\"insecure\":false}'")
        .contains("\\\"project_name\\\":\\\"dockerhub\\\"")
        .contains("\"type\":\"quay\"");
  }

  @Test
  void throughAGatewayHarborHasItsOwnGatewayAndTheChartsRoute() {
    SynthResult result =
        Synthesizer.synthesize(stack(harbor().exposure(HarborExposure.gateway("istio")).build()));

    assertThat(result).isOk();
    HasMetadata gateway = result.find("Gateway", "registry", "harbor").orElseThrow();
    CrdSchemas.assertValid(gateway, CRDS.resolve("gateway.networking.k8s.io_gateways.yaml"));
    assertThat(((Gateway) gateway).getSpec().getListeners().get(0).getHostname())
        .isEqualTo("harbor.example.com");
    assertThat(values(result))
        .extractingByKey("expose")
        .isEqualTo(
            Map.of(
                "type", "route",
                "route",
                    Map.of(
                        "hosts", java.util.List.of("harbor.example.com"),
                        "parentRefs",
                            java.util.List.of(Map.of("name", "harbor", "sectionName", "https"))),
                "tls", Map.of("enabled", true, "certSource", "none")));
  }

  @Test
  void aPullSecretOfHarborGoesOnTheServiceAccountsPullingThroughIt() {
    SynthResult result =
        Synthesizer.synthesize(
            stack(
                harbor().pullSecret(SecretRef.existing("harbor-pull")).build(),
                TestWorkload.builder().name("web").image("nginx:1.27").build()));

    assertThat(result)
        .object(ServiceAccount.class, "web")
        .satisfies(
            sa ->
                assertThat(sa.getImagePullSecrets())
                    .containsExactly(new LocalObjectReference("harbor-pull")));
  }

  @Test
  void harborWithoutStorageIsAnError() {
    assertThat(stack(harbor().storage(Map.of()).build()))
        .hasError(RegistryRules.NO_STORAGE, "harbor harbor / storage[registry]");
    assertThat(
            stack(
                harbor()
                    .putStorage(HarborVolume.TRIVY, new Claim("trivy", null, "ceph-block"))
                    .build()))
        .hasError(RegistryRules.INVALID_STORAGE, "harbor harbor / storage[trivy]");
  }

  @Test
  void harborWithoutTlsOrOnAnUnservedClassIsAnError() {
    assertThat(stack(harbor().tlsSecret(java.util.Optional.empty()).build()))
        .hasError(RegistryRules.NO_TLS, "harbor harbor / tlsSecret");
    assertThat(stack(harbor().exposure(HarborExposure.ingress("traefik")).build()))
        .hasError(
            RegistryRules.UNSERVED_CLASS,
            "harbor harbor / exposure",
            "no controller in the stack or the cluster serves ingress class \"traefik\"");
  }

  @Test
  void aBadHostOrProjectIsAnError() {
    assertThat(stack(harbor().host("Harbor_Example").build()))
        .hasError(RegistryRules.INVALID_HOST, "harbor harbor / host");
    assertThat(stack(harbor().addProxyCache(ProxyCache.of("quay.io", "Docker Hub")).build()))
        .hasError(RegistryRules.INVALID_PROJECT, "harbor harbor / proxyCaches[Docker Hub]");
    assertThat(stack(harbor().addProxyCache(ProxyCache.of("docker.io", "hub2")).build()))
        .hasError(
            RegistryRules.INVALID_PROJECT,
            "harbor harbor / proxyCaches[hub2]",
            "registry docker.io is already cached by project dockerhub");
  }

  @Test
  void aMirrorToARegistryThePolicyForbidsIsAnErrorNamingTheMirrorAndTheImage() {
    assertThat(
            stack(
                harbor().build(),
                TestWorkload.builder().name("web").image("nginx:1.27").build(),
                RegistryPolicy.allow("docker.io", "registry.example.com")))
        .hasError(
            PodRules.REGISTRY_NOT_ALLOWED,
            "workload web / container app / image",
            "mirror docker.io -> harbor.example.com/dockerhub rewrites image \"nginx:1.27\" to"
                + " \"harbor.example.com/dockerhub/library/nginx:1.27\"");
  }

  @Test
  void harborsOwnImagesAreCheckedAgainstThePolicy() {
    assertThat(stack(harbor().build(), RegistryPolicy.allow("harbor.example.com")))
        .hasError(PodRules.REGISTRY_NOT_ALLOWED, "harbor harbor / values.core.image");
  }
}
