package dev.stackwright.examples.factory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every custom resource of the factory is valid against the CRD pinned in the test resources of the
 * layer module that renders it (nothing is copied here).
 */
class FactoryCustomResourcesTest {
  private static final Path CORE = Path.of("../dsl-core/src/test/resources/crds");
  private static final Path COMPUTE = Path.of("../dsl-compute/src/test/resources/crds");
  private static final Path NETWORK = Path.of("../dsl-network/src/test/resources/crds");
  private static final Path MESH = Path.of("../dsl-mesh/src/test/resources/crds");

  /** The CRD of each custom kind, by {@code apiVersion/kind}. */
  private static final Map<String, Path> CRDS =
      Map.ofEntries(
          Map.entry(
              "helm.toolkit.fluxcd.io/v2/HelmRelease",
              CORE.resolve("helm.toolkit.fluxcd.io_helmreleases.yaml")),
          Map.entry("kubevirt.io/v1/KubeVirt", COMPUTE.resolve("kubevirt.io_kubevirts.yaml")),
          Map.entry(
              "kubevirt.io/v1/VirtualMachine", COMPUTE.resolve("kubevirt.io_virtualmachines.yaml")),
          Map.entry("cdi.kubevirt.io/v1beta1/CDI", COMPUTE.resolve("cdi.kubevirt.io_cdis.yaml")),
          Map.entry(
              "cdi.kubevirt.io/v1beta1/DataVolume",
              COMPUTE.resolve("cdi.kubevirt.io_datavolumes.yaml")),
          Map.entry(
              "operator.knative.dev/v1beta1/KnativeServing",
              COMPUTE.resolve("operator.knative.dev_knativeservings.yaml")),
          Map.entry(
              "operator.knative.dev/v1beta1/KnativeEventing",
              COMPUTE.resolve("operator.knative.dev_knativeeventings.yaml")),
          Map.entry(
              "eventing.knative.dev/v1/Broker",
              COMPUTE.resolve("eventing.knative.dev_brokers.yaml")),
          Map.entry(
              "eventing.knative.dev/v1/Trigger",
              COMPUTE.resolve("eventing.knative.dev_triggers.yaml")),
          Map.entry(
              "sources.knative.dev/v1/PingSource",
              COMPUTE.resolve("sources.knative.dev_pingsources.yaml")),
          Map.entry(
              "cilium.io/v2/CiliumNetworkPolicy",
              NETWORK.resolve("cilium.io_ciliumnetworkpolicies.yaml")));

  /**
   * Kinds no layer module pins a CRD for: Flux's HelmRepository (its CRD is not vendored) and
   * Knative Serving's Service (whose upstream CRD preserves unknown fields: nothing to check).
   */
  private static final List<String> UNPINNED =
      List.of("source.toolkit.fluxcd.io/v1/HelmRepository", "serving.knative.dev/v1/Service");

  private static String key(HasMetadata o) {
    return o.getApiVersion() + "/" + o.getKind();
  }

  private static Path crd(HasMetadata o) {
    if (o.getApiVersion().startsWith("consul.hashicorp.com/")) {
      String kind = o.getKind().toLowerCase(Locale.ROOT);
      // consul-k8s names its CRD files by the plural, which is the kind for all but Mesh.
      String plural = kind.equals("mesh") ? "meshes" : kind;
      return MESH.resolve("consul.hashicorp.com_" + plural + ".yaml");
    }
    return CRDS.get(key(o));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyCustomResourceIsValidForItsPinnedCrd(String env) {
    SynthResult result = Synthesizer.synthesize(FactoryPlatform.stack(Environment.of(env)));
    List<HasMetadata> custom =
        result.objects().stream()
            .filter(o -> o.getApiVersion().contains("."))
            .filter(o -> !o.getApiVersion().startsWith("storage.k8s.io/"))
            .filter(o -> !UNPINNED.contains(key(o)))
            .toList();

    assertThat(custom.stream().map(HasMetadata::getKind).collect(Collectors.toSet()))
        .contains(
            "VirtualMachine",
            "DataVolume",
            "Broker",
            "Trigger",
            "PingSource",
            "CiliumNetworkPolicy",
            "ServiceIntentions",
            "ServiceDefaults");
    for (HasMetadata o : custom) {
      Path crd = crd(o);
      assertThat(crd).as("the pinned CRD of %s", key(o)).isNotNull().exists();
      CrdSchemas.assertValid(o, crd);
    }
  }
}
