package dev.stackwright.examples.shop;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.compute.PodSecurity;
import dev.stackwright.core.Environment;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.Snapshot;
import dev.stackwright.core.yaml.Yaml;
import dev.stackwright.observability.tracing.OtelCollector;
import io.fabric8.istio.api.api.networking.v1alpha3.HTTPRouteDestination;
import io.fabric8.istio.api.networking.v1.VirtualService;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference platform, as its platform team would test it before anything reaches a cluster. */
class ShopPlatformTest {

  private static SynthResult synth(String env) {
    return Synthesizer.strict().run(ShopPlatform.stack(Environment.of(env)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void synthesizesUnderStrictWithEveryOptOutAcknowledgedWithItsReason(String env) {
    SynthResult result = synth(env);

    assertThat(result).isOk();
    assertThat(result.strict()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.acknowledged())
        .allSatisfy(a -> assertThat(a.by().reason()).isNotBlank())
        .extracting(a -> a.warning().rule() + " at " + a.warning().path())
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(
                    (env.equals("prod")
                        ? Stream.of(
                            "security.pod-security-opt-out at stack shop / namespace rook-ceph"
                                + " / podSecurity",
                            "security.pod-security-opt-out at stack shop / namespace"
                                + " istio-system / podSecurity")
                        : Stream.of(
                            "security.pod-security-opt-out at stack shop / namespace rook-ceph"
                                + " / podSecurity",
                            "security.pod-security-opt-out at stack shop / namespace linkerd /"
                                + " podSecurity",
                            "security.pod-security-opt-out at stack shop / namespace"
                                + " linkerd-cni / podSecurity")),
                    // The log agent's namespace and its host access, visible in its values.
                    Stream.of(
                        "security.pod-security-opt-out at stack shop / namespace logging /"
                            + " podSecurity",
                        "security.pod-security-opt-out at stack shop / release fluent-bit /"
                            + " values.daemonSetVolumes[varlog]",
                        "security.pod-security-opt-out at stack shop / release fluent-bit /"
                            + " values.daemonSetVolumes[state]",
                        "security.pod-security-opt-out at stack shop / release fluent-bit /"
                            + " values.podSecurityContext.runAsUser"))
                .toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyPodMeetsTheRestrictedPodSecurityStandard(String env) {
    SynthResult result = synth(env);

    assertThat(PodSecurity.violations(result.objects())).isEmpty();
    assertThat(result.objects().stream().filter(o -> PodSecurity.podSpec(o).isPresent()))
        .hasSizeGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyServiceSelectsTheLabelsOfAPodTemplate(String env) {
    SynthResult result = synth(env);
    List<Map<String, String>> templates =
        result.objects().stream().flatMap(o -> podTemplateLabels(o).stream()).toList();

    assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
    for (Service s : result.all(Service.class)) {
      Map<String, String> selector = s.getSpec().getSelector();
      assertThat(templates)
          .as("pods selected by Service %s", s.getMetadata().getName())
          .anyMatch(labels -> labels.entrySet().containsAll(selector.entrySet()));
    }
  }

  @Test
  void prodRoutesThroughTheGatewayApiAndDevThroughAnIngressToExistingServices() {
    SynthResult prod = synth("prod");
    SynthResult dev = synth("dev");
    assertThat(prod.find("Gateway", "shop", "shop")).isPresent();
    assertThat(prod.find("HTTPRoute", "shop", "shop"))
        .get()
        .extracting(r -> Yaml.tree(r).at("/spec/rules/0/backendRefs/0/name").asText())
        .isIn(names(prod.all(Service.class)));
    assertThat(dev)
        .object(Ingress.class, "shop")
        .satisfies(
            ingress -> {
              assertThat(ingress.getSpec().getTls().get(0).getSecretName())
                  .isEqualTo("shop-dev-tls");
              assertThat(
                      ingress
                          .getSpec()
                          .getRules()
                          .get(0)
                          .getHttp()
                          .getPaths()
                          .get(0)
                          .getBackend()
                          .getService()
                          .getName())
                  .isIn(names(dev.all(Service.class)));
            });
  }

  @Test
  void theApiAutoscalesAndKeepsTwoPodsThroughDisruptionsInProd() {
    SynthResult prod = synth("prod");

    assertThat(prod)
        .object(HorizontalPodAutoscaler.class, "api")
        .satisfies(
            hpa -> {
              assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
              assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(20);
            });
    assertThat(prod)
        .object(PodDisruptionBudget.class, "api")
        .extracting(pdb -> pdb.getSpec().getMinAvailable().getIntVal())
        .isEqualTo(2);
    assertThat(synth("dev").find(PodDisruptionBudget.class, "shop", "api")).isEmpty();
  }

  @Test
  void prodSplitsApiTrafficNinetyTenWithIstioAndDevUsesLinkerd() {
    SynthResult prod = synth("prod");

    assertThat(prod)
        .object(VirtualService.class, "api")
        .extracting(
            vs ->
                vs.getSpec().getHttp().get(0).getRoute().stream()
                    .map(HTTPRouteDestination::getWeight)
                    .toList())
        .isEqualTo(List.of(90, 10));
    assertThat(prod.find("PeerAuthentication", "shop", "default")).isPresent();
    SynthResult dev = synth("dev");
    assertThat(dev.objects())
        .extracting(HasMetadata::getKind)
        .contains("Server", "MeshTLSAuthentication");
    assertThat(dev.objects()).extracting(HasMetadata::getKind).doesNotContain("VirtualService");
  }

  @Test
  void prodMeshSendsItsTracesToTheStacksCollector() {
    OtelCollector collector =
        ShopObservability.in(Environment.of("prod"), new ShopStorage(Environment.of("prod")))
            .collector();

    assertThat(synth("prod").find("HelmRelease", "istio-system", "istiod"))
        .get()
        .extracting(
            r -> Yaml.tree(r).at("/spec/values/meshConfig/extensionProviders/0/opentelemetry"))
        .satisfies(
            otel -> {
              assertThat(otel.path("service").asText())
                  .isEqualTo("otel-collector.monitoring.svc.cluster.local");
              assertThat(otel.path("port").asInt()).isEqualTo(collector.otlpGrpcPort());
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void trafficIsDeniedByDefaultAndAllowedOnlyAsDeclared(String env) {
    SynthResult result = synth(env);

    assertThat(result)
        .object(NetworkPolicy.class, "shop", "default-deny")
        .satisfies(
            p -> assertThat(p.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress"));
    assertThat(result)
        .object(NetworkPolicy.class, "shop", "postgres")
        .satisfies(
            p ->
                assertThat(p.getSpec().getIngress())
                    .flatExtracting(r -> r.getFrom())
                    .extracting(
                        peer ->
                            peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                    .containsExactlyInAnyOrder("api", "api-canary", "worker", "nightly-report"));
  }

  @Test
  void theDatabaseRunsOnReplicatedCephWithNightlySnapshots() {
    SynthResult prod = synth("prod");

    assertThat(prod.find("CephBlockPool", "rook-ceph", "replicapool"))
        .get()
        .extracting(
            p -> ((GenericKubernetesResource) p).getAdditionalProperties().get("spec").toString())
        .asString()
        .contains("size=3", "failureDomain=host");
    assertThat(prod)
        .object(io.fabric8.kubernetes.api.model.apps.StatefulSet.class, "postgres")
        .satisfies(
            s -> {
              assertThat(
                      s.getSpec().getVolumeClaimTemplates().get(0).getSpec().getStorageClassName())
                  .isEqualTo("ceph-block");
              assertThat(s.getSpec().getServiceName()).isEqualTo("postgres");
            });
    assertThat(prod)
        .object(io.fabric8.kubernetes.api.model.batch.v1.CronJob.class, "postgres-data-snapshots")
        .extracting(c -> c.getSpec().getSchedule())
        .isEqualTo("30 1 * * *");
  }

  @Test
  void appsAreTracedThroughTheCollector() {
    assertThat(synth("prod"))
        .object(Deployment.class, "api")
        .satisfies(
            d ->
                assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                    .anyMatch(
                        e ->
                            e.getName().equals("OTEL_SERVICE_NAME") && e.getValue().equals("api")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void outputMatchesTheReviewedSnapshot(String env) {
    Snapshot.assertMatches(synth(env), Path.of("src/test/resources/golden/shop-" + env + ".yaml"));
  }

  /** The labels of the pod template of a workload object, if it has one. */
  private static java.util.Optional<Map<String, String>> podTemplateLabels(HasMetadata o) {
    JsonNode tree = Yaml.tree(o);
    for (String at :
        List.of(
            "/spec/template/metadata/labels", "/spec/jobTemplate/spec/template/metadata/labels")) {
      JsonNode labels = tree.at(at);
      if (labels.isObject()) {
        return java.util.Optional.of(
            Yaml.json().convertValue(labels, new TypeReference<Map<String, String>>() {}));
      }
    }
    return java.util.Optional.empty();
  }

  private static List<String> names(List<? extends HasMetadata> objects) {
    return objects.stream().map(o -> o.getMetadata().getName()).toList();
  }
}
