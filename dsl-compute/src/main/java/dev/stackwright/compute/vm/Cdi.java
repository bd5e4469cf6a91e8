package dev.stackwright.compute.vm;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.Provider;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cluster-scoped {@code CDI} resource (cdi.kubevirt.io/v1beta1) that tells the CDI operator to
 * deploy the containerized data importer: it provides {@code DataVolume} and the other import
 * kinds, so a VirtualMachine's DataVolumes are applied after it. Needed only when a VM imports a
 * disk (a {@code VmDisk} from a DataVolume).
 */
@Value.Immutable
@StackwrightStyle
public abstract class Cdi implements Component, Provider {

  /** {@code cdi}. */
  @Override
  @Value.Default
  public String name() {
    return "cdi";
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  /** Feature gates to turn on; none by default. */
  public abstract List<String> featureGates();

  @Override
  public String kind() {
    return "cdi";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  public List<ApiKind> installedKinds() {
    return KubeVirtApi.IMPORT.kinds();
  }

  /** A builder for the CDI resource. */
  public static Builder builder() {
    return new Builder();
  }

  /** The CDI resource with its defaults. */
  public static Cdi of() {
    return builder().build();
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of(
        KubeVirtApi.resource(
            KubeVirtApi.CDI_API_VERSION,
            "CDI",
            context.metadata(this).build(),
            Map.of(
                "imagePullPolicy",
                "IfNotPresent",
                "config",
                Map.of("featureGates", featureGates()))));
  }

  /** Builds a {@link Cdi}. */
  public static class Builder extends ImmutableCdi.Builder {}
}
