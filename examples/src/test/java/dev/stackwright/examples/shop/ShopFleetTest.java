package dev.stackwright.examples.shop;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.compute.PodSecurity;
import dev.stackwright.compute.Workload;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.StageWalk;
import dev.stackwright.storage.Claim;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shop fleet: every cluster's stack passes the checks the single shop passes (strict,
 * restricted pods, stages that come up), the clusters differ where their profiles do, the edge
 * cluster refuses what its edge nodes cannot run, and Flux's rollout objects match its CRD.
 */
class ShopFleetTest {
  private static final Path CRDS = Path.of("../dsl-core/src/test/resources/crds");
  private static final List<String> CLUSTERS =
      List.of("prod-eu", "prod-us", "edge-berlin", "dev-openshift");

  private static List<SynthResult> results;

  @BeforeAll
  static void synthesize() {
    results = ShopFleet.stacks().stream().map(Synthesizer.strict()::run).toList();
  }

  private static SynthResult cluster(String name) {
    return results.get(CLUSTERS.indexOf(name));
  }

  @Test
  void eachClusterHasItsOwnFolderAndTheManagementStackComesLast() {
    assertThat(results)
        .extracting(StackOutput::folderOf)
        .containsExactly(
            "shop/prod-eu", "shop/prod-us", "shop/edge-berlin", "shop/dev-openshift", "shop-fleet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"prod-eu", "prod-us", "edge-berlin", "dev-openshift"})
  void everyClusterSynthesizesUnderStrictWithRestrictedPodsAndComesUp(String name) {
    SynthResult result = cluster(name);

    assertThat(result).isOk();
    assertThat(result.strict()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.acknowledged()).allSatisfy(a -> assertThat(a.by().reason()).isNotBlank());
    assertThat(PodSecurity.violations(result.objects())).isEmpty();
    StageWalk.walk(result);
  }

  @Test
  void theManagementStackHasAFluxKustomizationPerClusterValidForFlux() {
    SynthResult management = results.get(results.size() - 1);

    assertThat(management).isOk();
    List<HasMetadata> kustomizations =
        management.objects().stream().filter(o -> o.getKind().equals("Kustomization")).toList();
    assertThat(kustomizations)
        .extracting(o -> o.getMetadata().getName())
        .containsExactlyInAnyOrder(
            "shop-prod-eu", "shop-prod-us", "shop-edge-berlin", "shop-dev-openshift");
    kustomizations.forEach(
        k ->
            CrdSchemas.assertValid(
                k, CRDS.resolve("kustomize.toolkit.fluxcd.io_kustomizations.yaml")));
    assertThat(spec((GenericKubernetesResource) kustomizations.get(0)).get("kubeConfig"))
        .isNotNull();
  }

  @Test
  void prodEuAndProdUsHaveTheSameObjectsWithTheirOwnHostsAndRegions() {
    SynthResult eu = cluster("prod-eu");
    SynthResult us = cluster("prod-us");

    assertThat(eu.objects()).hasSameSizeAs(us.objects());
    assertThat(eu.find("HTTPRoute", "shop", "shop").orElseThrow().toString())
        .contains("shop.eu.example.com")
        .doesNotContain("shop.us.example.com");
    assertThat(us.find("HTTPRoute", "shop", "shop").orElseThrow().toString())
        .contains("shop.us.example.com");
    assertThat(eu.find("Namespace", null, "shop").orElseThrow().getMetadata().getLabels())
        .containsEntry(ShopPlatform.REGION_LABEL, "eu-west-1");
    assertThat(us.find("Namespace", null, "shop").orElseThrow().getMetadata().getLabels())
        .containsEntry(ShopPlatform.REGION_LABEL, "us-east-1");
    assertThat(names(eu)).isEqualTo(names(us));
  }

  @Test
  void theChartSharesTheTemplatesAndHasAValuesFileForProdUsWithItsHost() {
    Map<String, List<OutputFile>> plan =
        StackOutput.plan(
            results.subList(0, 2), Layout.PER_OBJECT, EnumSet.of(Format.PLAIN, Format.HELM));

    List<OutputFile> chart = plan.get("shop/chart");
    assertThat(chart)
        .extracting(OutputFile::path)
        .contains("values.yaml", "values-prod-us.yaml")
        // The clusters share every template but these: the shop namespace has the region; the
        // Gateways' listeners, the Certificate and Harbor's chart values name the cluster's hosts
        // outside the values Stackwright templates.
        .filteredOn(p -> p.endsWith("-prod-eu.yaml") || p.endsWith("-prod-us.yaml"))
        .containsExactlyInAnyOrder(
            "values-prod-us.yaml",
            "templates/namespace-shop-prod-eu.yaml",
            "templates/namespace-shop-prod-us.yaml",
            "templates/gateway-registry-harbor-prod-eu.yaml",
            "templates/gateway-registry-harbor-prod-us.yaml",
            "templates/helmrelease-registry-harbor-prod-eu.yaml",
            "templates/helmrelease-registry-harbor-prod-us.yaml",
            "templates/gateway-shop-shop-prod-eu.yaml",
            "templates/gateway-shop-shop-prod-us.yaml",
            "templates/certificate-shop-shop-tls-prod-eu.yaml",
            "templates/certificate-shop-shop-tls-prod-us.yaml");
    // prod-eu is the base (values.yaml); prod-us's values file has only its differences.
    assertThat(content(chart, "values.yaml")).contains("shop.eu.example.com");
    assertThat(content(chart, "values-prod-us.yaml"))
        .contains("shop.us.example.com")
        .doesNotContain("shop.eu.example.com");
  }

  @Test
  void theEdgeClusterRunsTheSubsetOnItsEdgePoolThroughTraefik() {
    SynthResult edge = cluster("edge-berlin");

    assertThat(edge.objects())
        .extracting(o -> o.getKind())
        .doesNotContain("HelmRelease", "CephCluster", "StatefulSet", "PersistentVolumeClaim");
    assertThat(edge.all(Ingress.class))
        .singleElement()
        .satisfies(i -> assertThat(i.getSpec().getIngressClassName()).isEqualTo("traefik"));
    assertThat(edge.objects())
        .extracting(o -> o.getMetadata().getName())
        .doesNotContain("ingress-nginx");
    assertThat(
            edge.objects().stream()
                .flatMap(o -> PodSecurity.podSpec(o).stream())
                .map(p -> p.getNodeSelector()))
        .hasSize(3)
        .allSatisfy(s -> assertThat(s).containsKey("node-role.kubernetes.io/edge"));
  }

  @Test
  void aVolumeClaimOnTheEdgePoolIsAnError() {
    Claim cache = Claim.of("cache", "1Gi", "local-path");
    Workload cached =
        Workload.builder()
            .name("cache")
            .nodePool(ShopEdge.EDGE_POOL)
            .addContainer(
                Container.builder()
                    .name("cache")
                    .image("docker.io/library/redis:7.4.1")
                    .resources(Resources.of("50m", "64Mi").limits("250m", "128Mi"))
                    .addMount(Mount.of(cache, "/data"))
                    .build())
            .build();
    Stack edge =
        Stack.builder()
            .from(ShopPlatform.stack(ShopPlatform.PROD, ShopFleet.EDGE_BERLIN))
            .add(cache, cached)
            .build();

    assertThat(edge)
        .hasError(ClusterRules.EDGE_UNSUPPORTED, "stack shop / workload cache / volumes[cache]");
  }

  @Test
  void devOnOpenShiftUsesItsRouterAndLeavesTheIdsToThePlatform() {
    SynthResult dev = cluster("dev-openshift");

    assertThat(dev.all(Ingress.class))
        .allSatisfy(
            i -> assertThat(i.getSpec().getIngressClassName()).isEqualTo("openshift-default"));
    assertThat(dev.find("HelmRelease", "ingress-nginx", "ingress-nginx")).isEmpty();
    assertThat(dev.acknowledged())
        .extracting(a -> a.warning().rule())
        .contains(ClusterRules.PLATFORM_ASSIGNED_ID);
    assertThat(
            dev.objects().stream()
                .flatMap(o -> PodSecurity.podSpec(o).stream())
                .filter(p -> p.getSecurityContext() != null)
                .map(p -> p.getSecurityContext().getRunAsUser()))
        .containsOnlyNulls();
  }

  private static Set<String> names(SynthResult result) {
    return result.objects().stream()
        .map(o -> o.getKind() + " " + o.getMetadata().getName())
        .collect(Collectors.toSet());
  }

  private static String content(List<OutputFile> files, String path) {
    return files.stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .map(f -> f.content())
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource object) {
    return (Map<String, Object>) object.getAdditionalProperties().get("spec");
  }
}
