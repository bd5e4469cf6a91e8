package dev.stackwright.compute.vm;

import dev.stackwright.core.Component;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.PodAdmission;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A virtual machine beside the containers, run by KubeVirt. Synthesizes into a {@code
 * VirtualMachine} (kubevirt.io/v1) and, for each imported disk, a {@code DataVolume}
 * (cdi.kubevirt.io/v1beta1) named {@code <vm>-<disk>}. The VM is on the pod network behind
 * masquerade NAT, so Services, Connections and mesh rules select it like any pod set: its
 * virt-launcher pod carries the template's labels ({@code app.kubernetes.io/name=<name>}) and
 * listens on the declared ports.
 *
 * <p>Pod security: KubeVirt's virt-launcher runs as a non-root user without privilege escalation
 * but adds the {@code NET_BIND_SERVICE} capability and keeps a writable root filesystem, and its
 * seccomp profile is whatever the {@link KubeVirt} resource configures; so a VM needs its namespace
 * to enforce the {@code baseline} level ({@link #podSecurityLevel()}), and a namespace that
 * enforces {@code restricted} is an error that names the fix. The pods are not built by the core
 * pod model: decorations from other layers are refused ({@code pod.undecoratable}), and the VM runs
 * as the namespace's {@code default} service account.
 *
 * <pre>{@code
 * VirtualMachine.builder().name("legacy").cpuCores(2).memory("4Gi")
 *     .addDisk(VmDisk.imported("root", DiskImport.http("https://images.example.com/legacy.qcow2", "20Gi")))
 *     .addDisk(VmDisk.claim("data", dataClaim))
 *     .cloudInit(CloudInit.fromSecret(SecretRef.externalSecret("legacy-cloud-init")))
 *     .addPort(NamedPort.of("http", 8080))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class VirtualMachine implements PodSet {

  /** The name of the cloud-init disk, which a disk of the VM may not use. */
  public static final String CLOUD_INIT_DISK = "cloudinit";

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Labels for the virt-launcher pod, beside the selector labels. */
  public abstract Map<String, String> labels();

  /** The guest's virtual CPU cores; 1. */
  @Value.Default
  public int cpuCores() {
    return 1;
  }

  /** The guest's memory, requested for its pod: {@code 1Gi}. */
  @Value.Default
  public String memory() {
    return "1Gi";
  }

  /** The disks, the first booting unless a disk sets a boot order. */
  public abstract List<VmDisk> disks();

  /** The cloud-init user data; none by default. */
  public abstract Optional<CloudInit> cloudInit();

  /** The ports the guest listens on, forwarded through masquerade; the Services' targets. */
  @Override
  public abstract List<NamedPort> ports();

  /** When the VM runs; {@link RunStrategy#ALWAYS}. */
  @Value.Default
  public RunStrategy runStrategy() {
    return RunStrategy.ALWAYS;
  }

  /** Seconds the guest gets to shut down. */
  public abstract Optional<Long> terminationGracePeriodSeconds();

  /** The Pod Security level the virt-launcher pods need: {@code baseline}, see the class doc. */
  public PodSecurityLevel podSecurityLevel() {
    return PodSecurityLevel.BASELINE;
  }

  @Override
  public String kind() {
    return "vm";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  @Value.Lazy
  public Map<String, String> selectorLabels() {
    return Map.of(SynthContext.NAME_LABEL, name());
  }

  /** {@code default}: virt-launcher runs as the namespace's default service account. */
  @Override
  public String serviceAccountName() {
    return "default";
  }

  @Override
  public List<Component> dependsOn() {
    List<Component> out = new ArrayList<>();
    for (VmDisk d : disks()) {
      d.claim().flatMap(c -> c.component()).ifPresent(out::add);
    }
    cloudInit().flatMap(CloudInit::secret).flatMap(s -> s.component()).ifPresent(out::add);
    return out;
  }

  /** A builder for a virtual machine. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.labels("labels", labels());
    if (cpuCores() < 1) {
      checks.error(
          VmRules.INVALID_RESOURCES, "cpuCores", "expected at least 1, was %d", cpuCores());
    }
    checks.quantity("memory", memory());
    VmChecks.disks(this, context, checks);
    VmChecks.cloudInit(this, checks);
    VmChecks.ports(this, checks);
    checkAdmission(context, checks);
  }

  private void checkAdmission(SynthContext context, Checks checks) {
    String ns = context.namespaceOf(this);
    context
        .find(new ComponentId("namespace", "", ns))
        .filter(Namespace.class::isInstance)
        .map(Namespace.class::cast)
        .filter(n -> !PodAdmission.admits(n.podSecurity(), podSecurityLevel()))
        .ifPresent(
            n ->
                checks.error(
                    PodRules.POD_SECURITY_LEVEL,
                    "namespace",
                    "virt-launcher pods need the %s Pod Security level (NET_BIND_SERVICE, a"
                        + " writable root filesystem) but namespace %s enforces %s, so admission"
                        + " would refuse the VM; run VMs in a namespace that admits them, declared"
                        + " visibly with Namespace.builder().podSecurity(PodSecurityLevel.%s)",
                    podSecurityLevel().label(),
                    ns,
                    n.podSecurity().label(),
                    podSecurityLevel().name()));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return VmRendering.render(this, context);
  }

  /** Builds a {@link VirtualMachine}. */
  public static class Builder extends ImmutableVirtualMachine.Builder {}
}
