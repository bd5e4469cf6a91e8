package dev.stackwright.compute.vm;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.Provider;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code KubeVirt} resource (kubevirt.io/v1) that tells virt-operator to deploy KubeVirt: it
 * provides the VirtualMachine kinds, so the apply stages put VirtualMachines after it. Its
 * namespace is the operator's ({@code kubevirt}). By default the virt-launcher pods get the
 * RuntimeDefault seccomp profile (KubeVirt sets none unless told) and updated VMs are
 * live-migrated.
 *
 * <pre>{@code
 * KubeVirt.builder().useEmulation(true).build()   // a cluster without /dev/kvm
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class KubeVirt implements Component, Provider {

  /** {@code kubevirt}. */
  @Override
  @Value.Default
  public String name() {
    return "kubevirt";
  }

  /** The operator's namespace; {@code kubevirt}. */
  @Override
  @Value.Default
  public Optional<String> namespace() {
    return Optional.of("kubevirt");
  }

  /** Software emulation for nodes without hardware virtualization (test clusters); false. */
  @Value.Default
  public boolean useEmulation() {
    return false;
  }

  /** Feature gates to turn on; none by default. */
  public abstract List<String> featureGates();

  /** Whether virt-launcher pods get the RuntimeDefault seccomp profile; true. */
  @Value.Default
  public boolean runtimeDefaultSeccomp() {
    return true;
  }

  @Override
  public String kind() {
    return "kubevirt";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  public List<ApiKind> installedKinds() {
    return KubeVirtApi.VIRTUALIZATION.kinds();
  }

  /** A builder for the KubeVirt resource. */
  public static Builder builder() {
    return new Builder();
  }

  /** The KubeVirt resource with its defaults. */
  public static KubeVirt of() {
    return builder().build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> developer = new LinkedHashMap<>();
    if (!featureGates().isEmpty()) {
      developer.put("featureGates", featureGates());
    }
    if (useEmulation()) {
      developer.put("useEmulation", true);
    }
    Map<String, Object> configuration = new LinkedHashMap<>();
    if (!developer.isEmpty()) {
      configuration.put("developerConfiguration", developer);
    }
    if (runtimeDefaultSeccomp()) {
      configuration.put(
          "seccompConfiguration",
          Map.of(
              "virtualMachineInstanceProfile",
              Map.of("customProfile", Map.of("runtimeDefaultProfile", true))));
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("certificateRotateStrategy", Map.of());
    spec.put("configuration", configuration);
    spec.put("workloadUpdateStrategy", Map.of("workloadUpdateMethods", List.of("LiveMigrate")));
    return List.of(
        KubeVirtApi.resource(
            KubeVirtApi.API_VERSION, "KubeVirt", context.metadata(this).build(), spec));
  }

  /** Builds a {@link KubeVirt}. */
  public static class Builder extends ImmutableKubeVirt.Builder {}
}
