package dev.stackwright.core.fleet;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.output.ArgoCdStages;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.stage.ArgoCdDelivery;
import dev.stackwright.core.stage.Delivery;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One definition, one output per cluster, and the objects that roll the fleet out. */
class FleetTest {
  private static final Path CRDS = Path.of("src/test/resources/crds");
  private static final Environment PROD = Environment.of("prod");
  private static final Environment DEV = Environment.of("dev");

  private static TargetCluster.Builder profile(String name, String region) {
    return TargetCluster.builder()
        .name(name)
        .region(region)
        .domain(region + ".shop.example.com")
        .provides(Prerequisite.FLUX);
  }

  /** The definition: sized by environment, named by the cluster's domain. */
  static Stack shop(Environment env, TargetCluster cluster) {
    return Stack.builder()
        .name("shop")
        .environment(env)
        .addNamespace(Namespace.of("shop"))
        .defaultNamespace("shop")
        .add(TestWorkload.http(env.is("prod") ? "web" : "web-dev"))
        .putLabel("example.com/domain", cluster.domain().orElse("none"))
        .build();
  }

  private static Fleet.Builder argo() {
    return Fleet.builder()
        .name("shop")
        .delivery(ArgoCdDelivery.builder().repoUrl("https://git.example.com/platform.git").build())
        .addCluster(
            FleetCluster.of(PROD, profile("prod-eu", "eu-west-1").build())
                .withServer("https://prod-eu.k8s.example.com"))
        .addCluster(
            FleetCluster.of(PROD, profile("prod-us", "us-east-1").build())
                .withServer("https://prod-us.k8s.example.com"))
        .addCluster(
            FleetCluster.of(DEV, profile("dev", "eu-west-1").build())
                .withServer("https://dev.k8s.example.com"));
  }

  private static List<SynthResult> synth(Fleet fleet) {
    return fleet.stacks(FleetTest::shop).stream().map(Synthesizer.strict()::run).toList();
  }

  private static GenericKubernetesResource only(SynthResult result, String kind) {
    return (GenericKubernetesResource)
        result.objects().stream().filter(o -> o.getKind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void eachClusterGetsItsOwnOutputFolderAndTheManagementStackComesLast() {
    List<SynthResult> results = synth(argo().build());

    assertThat(results).allSatisfy(r -> assertThat(r).isOk());
    assertThat(results)
        .extracting(StackOutput::folderOf)
        .containsExactly("shop/prod-eu", "shop/prod-us", "shop/dev", "shop-fleet");
    assertThat(results.get(1).objects())
        .filteredOn(o -> o.getKind().equals("Namespace"))
        .allSatisfy(
            n ->
                assertThat(n.getMetadata().getLabels())
                    .containsEntry("example.com/domain", "us-east-1.shop.example.com"));
  }

  @Test
  void argoCdDeploysEachClustersStagesToItsServerFromApplicationsAtHome() {
    List<SynthResult> results = synth(argo().build());

    assertThat(ArgoCdStages.applications(results.get(0)))
        .allSatisfy(
            app ->
                assertThat(spec(app).get("destination"))
                    .isEqualTo(Map.of("server", "https://prod-eu.k8s.example.com")));
    assertThat(spec(ArgoCdStages.root(results.get(0))).get("destination"))
        .isEqualTo(Map.of("server", ArgoCdDelivery.IN_CLUSTER));
  }

  @Test
  void theApplicationSetHasAnElementPerClusterAndMatchesArgoCdsCrd() {
    GenericKubernetesResource set = only(synth(argo().build()).get(3), "ApplicationSet");

    assertThat(set.getMetadata().getNamespace()).isEqualTo("argocd");
    assertThat(set.toString()).contains("dist/shop/{{.cluster}}/argocd/apps");
    @SuppressWarnings("unchecked")
    var generators =
        (List<Map<String, Map<String, List<Map<String, Object>>>>>) spec(set).get("generators");
    assertThat(generators.get(0).get("list").get("elements"))
        .extracting(e -> e.get("cluster"))
        .containsExactly("prod-eu", "prod-us", "dev");
    CrdSchemas.assertValid(set, CRDS.resolve("argoproj.io_applicationsets.yaml"));
  }

  @Test
  void fluxAppliesEachClustersStagesThroughItsKubeconfig() {
    Fleet fleet = argo().delivery(Delivery.flux()).build();
    List<HasMetadata> rollout = synth(fleet).get(3).objects();

    List<HasMetadata> kustomizations =
        rollout.stream().filter(o -> o.getKind().equals("Kustomization")).toList();
    assertThat(kustomizations)
        .extracting(o -> o.getMetadata().getName())
        .containsExactly("shop-dev", "shop-prod-eu", "shop-prod-us");
    GenericKubernetesResource eu = (GenericKubernetesResource) kustomizations.get(1);
    assertThat(spec(eu))
        .containsEntry("path", "./dist/shop/prod-eu/flux")
        .containsEntry("kubeConfig", Map.of("secretRef", Map.of("name", "prod-eu-kubeconfig")));
    kustomizations.forEach(
        k ->
            CrdSchemas.assertValid(
                k, CRDS.resolve("kustomize.toolkit.fluxcd.io_kustomizations.yaml")));
  }

  @Test
  void theChartHasAValuesFilePerClusterAndDiffersWhereTheClustersDo() {
    List<SynthResult> results = synth(argo().build());

    Map<String, List<OutputFile>> plan =
        StackOutput.plan(results, Layout.PER_OBJECT, EnumSet.of(Format.PLAIN, Format.HELM));

    assertThat(plan).containsKeys("shop/prod-eu", "shop/prod-us", "shop/dev", "shop/chart");
    assertThat(plan.get("shop/chart"))
        .extracting(OutputFile::path)
        .contains("values.yaml", "values-prod-us.yaml", "values-dev.yaml");
  }

  @Test
  void aFleetThatCannotBeRolledOutIsAnErrorAtEachMistake() {
    Fleet fleet =
        Fleet.builder()
            .name("shop")
            .delivery(ArgoCdDelivery.builder().repoUrl("https://git.example.com/p.git").build())
            .addCluster(FleetCluster.of(PROD, profile("prod-eu", "eu").build()))
            .addCluster(
                FleetCluster.of(PROD, profile("prod-eu", "eu").build()).withServer("https://a"))
            .addCluster(
                FleetCluster.of(PROD, TargetCluster.builder().build()).withServer("https://b"))
            .build();

    assertThat(fleet.managementStack())
        .hasError(FleetRules.NO_SERVER, "stack shop-fleet / fleet shop / clusters[0] / server")
        .hasError(
            FleetRules.CLUSTER_NAME,
            "stack shop-fleet / fleet shop / clusters[1] / target.name",
            "another cluster of the fleet is called prod-eu")
        .hasError(
            FleetRules.CLUSTER_NAME, "stack shop-fleet / fleet shop / clusters[2] / target.name");
    assertThat(Fleet.builder().name("shop").delivery(Delivery.kubectl()).build().managementStack())
        .hasError(FleetRules.NO_CLUSTERS, "stack shop-fleet / fleet shop / clusters")
        .hasError(FleetRules.UNSUPPORTED_DELIVERY, "stack shop-fleet / fleet shop / delivery");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource object) {
    return (Map<String, Object>) object.getAdditionalProperties().get("spec");
  }
}
