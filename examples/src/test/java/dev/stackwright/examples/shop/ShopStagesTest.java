package dev.stackwright.examples.shop;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.output.ArgoCdStages;
import dev.stackwright.core.output.FluxStages;
import dev.stackwright.core.stage.Delivery;
import dev.stackwright.core.stage.Stage;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.StageWalk;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shop comes up on an empty cluster in one step: each environment's objects are split into
 * apply stages at the releases that install CRDs, and the wiring of every delivery tool, walked in
 * the tool's order against a model of the target cluster, applies every object once and none before
 * its kind exists.
 */
class ShopStagesTest {
  private static final Path CRDS = Path.of("../dsl-core/src/test/resources/crds");

  private static Stack stack(String env, Delivery delivery) {
    Environment environment = Environment.of(env);
    return Stack.builder()
        .from(ShopPlatform.stack(environment))
        .delivery(delivery)
        .target(
            TargetCluster.builder()
                .from(ShopPlatform.target(environment))
                .provides(Prerequisite.ARGO_CD)
                .build())
        .build();
  }

  private static List<String> kinds(Stage stage) {
    return stage.objects().stream().map(SynthObject::describe).toList();
  }

  @Test
  void prodAppliesOperatorsThenTheirResourcesThenWhatNeedsThose() {
    SynthResult prod = Synthesizer.synthesize(ShopPlatform.stack(ShopPlatform.PROD));

    List<Stage> stages = prod.stages().stages();
    assertThat(stages).hasSize(3);
    assertThat(kinds(stages.get(0)))
        .containsExactlyInAnyOrder(
            "Namespace istio-system",
            "Namespace rook-ceph",
            "HelmRepository rook-ceph/rook-ceph",
            "HelmRelease rook-ceph/rook-ceph",
            "HelmRepository istio-system/istio-base",
            "HelmRelease istio-system/istio-base",
            "HelmRepository istio-system/istio-cni",
            "HelmRelease istio-system/istio-cni",
            "HelmRepository istio-system/istiod",
            "HelmRelease istio-system/istiod",
            // istiod sends spans to the stack's collector, so it comes up with the control plane.
            "Namespace monitoring",
            "ServiceAccount monitoring/otel-collector",
            "ConfigMap monitoring/otel-collector-config",
            "Service monitoring/otel-collector",
            "Deployment monitoring/otel-collector",
            // The Gateway API and snapshot CRDs and the snapshot controller come from upstream
            // folders, not from the cluster.
            "GitRepository kube-system/gateway-api-crds",
            "Kustomization kube-system/gateway-api-crds",
            "GitRepository kube-system/snapshot-crds",
            "Kustomization kube-system/snapshot-crds",
            "GitRepository kube-system/snapshot-controller",
            "Kustomization kube-system/snapshot-controller",
            // The secrets and certificates operators, whose CRDs the shop's resources need.
            "Namespace external-secrets",
            "HelmRepository external-secrets/external-secrets",
            "HelmRelease external-secrets/external-secrets",
            "Namespace cert-manager",
            "HelmRepository cert-manager/cert-manager",
            "HelmRelease cert-manager/cert-manager",
            // The policy engine and the scanner: the policies wait for Kyverno's CRDs.
            "Namespace kyverno",
            "HelmRepository kyverno/kyverno",
            "HelmRelease kyverno/kyverno",
            "Namespace trivy-system",
            "HelmRepository trivy-system/trivy-operator",
            "HelmRelease trivy-system/trivy-operator");
    // Prometheus', Loki's and Tempo's volumes are on Ceph: they wait for the pool and its class;
    // the log agent comes up with its backend (its HelmRelease waits for Loki's).
    assertThat(kinds(stages.get(1)))
        .containsExactlyInAnyOrder(
            "StorageClass ceph-block",
            "CephCluster rook-ceph/ceph",
            "CephBlockPool rook-ceph/replicapool",
            "HelmRepository monitoring/kube-prometheus-stack",
            "HelmRelease monitoring/kube-prometheus-stack",
            "HelmRepository monitoring/loki",
            "HelmRelease monitoring/loki",
            "HelmRepository monitoring/tempo",
            "HelmRelease monitoring/tempo",
            "Namespace logging",
            "HelmRepository logging/fluent-bit",
            "HelmRelease logging/fluent-bit",
            // Kyverno is up: the admission policies, before the shop's pods they check.
            "ClusterPolicy shop-pinned-images",
            "ClusterPolicy shop-required-labels",
            "ClusterPolicy shop-resource-limits",
            "ClusterPolicy shop-restricted-profile",
            "ClusterPolicy shop-verify-images");
    assertThat(
            Yaml.tree(prod.find("HelmRelease", "logging", "fluent-bit").orElseThrow())
                .at("/spec/dependsOn")
                .toString())
        .contains("\"name\":\"loki\"")
        .contains("\"namespace\":\"monitoring\"");
    assertThat(kinds(stages.get(2)))
        .contains(
            "Namespace shop",
            // The snapshot class needs the snapshot CRDs (stage 0) and its Ceph class (stage 1).
            "VolumeSnapshotClass ceph-block-snapshots",
            "StatefulSet shop/postgres",
            "Deployment shop/api",
            // The database credentials' store and ExternalSecret, with the pods that read its
            // Secret, and the routes' issuer and certificate.
            "ClusterSecretStore vault",
            "ExternalSecret shop/shop-database",
            "ClusterIssuer letsencrypt",
            "Certificate shop/shop-tls",
            "Gateway shop/shop",
            "VirtualService shop/api",
            "PodMonitor shop/api",
            "PrometheusRule shop/shop",
            // Grafana's datasources for logs and traces, once the monitoring stack runs Grafana.
            "ConfigMap monitoring/loki-datasource",
            "ConfigMap monitoring/tempo-datasource",
            "ConfigMap shop/shop-dashboard");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void fluxBringsEachEnvironmentUp(String env) {
    StageWalk.walk(Synthesizer.synthesize(ShopPlatform.stack(Environment.of(env))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void argoCdBringsEachEnvironmentUp(String env) {
    SynthResult result =
        Synthesizer.synthesize(
            stack(env, Delivery.argoCd("https://git.example.com/platform/shop.git")));

    assertThat(result).isOk();
    StageWalk.walk(result);
    ArgoCdStages.applications(result)
        .forEach(a -> CrdSchemas.assertValid(a, CRDS.resolve("argoproj.io_applications.yaml")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void kubectlAndHelmfileBringEachEnvironmentUp(String env) {
    SynthResult result = Synthesizer.synthesize(stack(env, Delivery.kubectl()));

    assertThat(result).isOk();
    assertThat(result.objects()).noneMatch(o -> o.getKind().equals("HelmRelease"));
    StageWalk.walk(result);
  }

  @Test
  void theFluxWiringIsValidForFlux() {
    SynthResult prod = Synthesizer.synthesize(ShopPlatform.stack(ShopPlatform.PROD));
    Path crd = CRDS.resolve("kustomize.toolkit.fluxcd.io_kustomizations.yaml");

    assertThat(FluxStages.kustomizations(prod))
        .extracting(k -> k.getMetadata().getName())
        .containsExactly("shop-prod-stage-0", "shop-prod-stage-1", "shop-prod-stage-2");
    FluxStages.kustomizations(prod).forEach(k -> CrdSchemas.assertValid(k, crd));
    CrdSchemas.assertValid(FluxStages.entry(prod), crd);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void helmReleasesAreValidForFluxAndWaitForTheReleasesTheyNeed(String env) {
    SynthResult result = Synthesizer.synthesize(ShopPlatform.stack(Environment.of(env)));
    Path crd = CRDS.resolve("helm.toolkit.fluxcd.io_helmreleases.yaml");

    List<HasMetadata> releases =
        result.objects().stream().filter(o -> o.getKind().equals("HelmRelease")).toList();
    assertThat(releases).hasSizeGreaterThanOrEqualTo(5);
    releases.forEach(r -> CrdSchemas.assertValid(r, crd));
    String controlPlane = env.equals("prod") ? "istiod" : "linkerd-control-plane";
    assertThat(
            releases.stream()
                .filter(r -> r.getMetadata().getName().equals(controlPlane))
                .map(r -> Yaml.tree(r).at("/spec/dependsOn").toString())
                .findFirst())
        .get()
        .asString()
        .contains(env.equals("prod") ? "\"name\":\"istio-base\"" : "\"name\":\"linkerd-crds\"");
  }
}
