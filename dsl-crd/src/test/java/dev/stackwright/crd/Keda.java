package dev.stackwright.crd;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.crd.keda.ScaledObjectCrd;
import dev.stackwright.crd.keda.v1alpha1.ScaledObject;
import dev.stackwright.crd.keda.v1alpha1.ScaledObjectSpec;
import dev.stackwright.crd.keda.v1alpha1.scaledobjectspec.ScaleTargetRef;
import dev.stackwright.crd.keda.v1alpha1.scaledobjectspec.Triggers;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fixtures of the tests: KEDA's ScaledObject, typed by the classes the build imported from the
 * pinned CRD ({@code src/test/resources/crds}), and the KEDA chart that installs it.
 */
final class Keda {
  static final Path CRD_FILE = Path.of("src/test/resources/crds/keda.sh_scaledobjects.yaml");

  private Keda() {}

  /** The KEDA chart, 2.20.2, with its CRDs ({@code crds.install}, on by default). */
  static ChartRelease release() {
    return ChartRelease.builder()
        .name("keda")
        .namespace("keda")
        .chart("keda")
        .repository("https://kedacore.github.io/charts")
        .version("2.20.2")
        .addCrdSet(CrdSet.of(ScaledObjectCrd.CRD.apiKind()).switchedBy("crds.install"))
        .build();
  }

  /** A ScaledObject scaling Deployment {@code target} on a Prometheus query. */
  static ScaledObject scaler(String name, String target) {
    ScaleTargetRef ref = new ScaleTargetRef();
    ref.setName(target);
    Triggers trigger = new Triggers();
    trigger.setType("prometheus");
    trigger.setMetadata(
        Map.of(
            "serverAddress", "http://prometheus.monitoring:9090",
            "query", "sum(rate(http_requests_total[1m]))",
            "threshold", "100"));
    ScaledObjectSpec spec = new ScaledObjectSpec();
    spec.setScaleTargetRef(ref);
    spec.setMinReplicaCount(1);
    spec.setMaxReplicaCount(10);
    spec.setTriggers(List.of(trigger));
    ScaledObject scaler = new ScaledObject();
    scaler.setMetadata(new ObjectMetaBuilder().withName(name).build());
    scaler.setSpec(spec);
    return scaler;
  }

  /** A stack for a cluster that provides Flux only, with namespaces shop and keda. */
  static Stack.Builder stack(Component... components) {
    return Stack.builder()
        .name("shop")
        .target(TargetCluster.builder().provides(Prerequisite.FLUX).build())
        .addNamespace(Namespace.of("shop"))
        .addNamespace(Namespace.of("keda"))
        .defaultNamespace("shop")
        .add(components);
  }
}
