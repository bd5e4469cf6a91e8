package dev.stackwright.mesh;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mutual TLS for a namespace or one workload, {@linkplain MtlsMode#STRICT strict} by default; a
 * workload's setting wins over its namespace's.
 *
 * <p>Istio: a PeerAuthentication (security.istio.io/v1), and for strict mode DestinationRules with
 * {@code ISTIO_MUTUAL} client TLS (host {@code *.<ns>.svc.cluster.local} for a namespace, each
 * service of the workload otherwise). Linkerd encrypts meshed traffic on its own; what this rule
 * changes is whether plaintext is refused: strict gives every port of the affected workloads a
 * Server with access policy {@code all-authenticated}, permissive one with {@code
 * all-unauthenticated} (rendered by the {@link ServiceMesh}, which owns Linkerd's Servers).
 */
@Value.Immutable
@StackwrightStyle
public abstract class MutualTls implements MeshPolicy {

  @Override
  @Value.Default
  public String name() {
    return workload().map(Component::name).orElse("default");
  }

  @Override
  public abstract ServiceMesh mesh();

  /**
   * The namespace the setting covers; the stack default when neither this nor a workload is set.
   */
  public abstract Optional<String> targetNamespace();

  /** The workload the setting covers, instead of a whole namespace. */
  public abstract Optional<PodSet> workload();

  /** Strict or permissive; strict by default. */
  @Value.Default
  public MtlsMode mode() {
    return MtlsMode.STRICT;
  }

  @Override
  public String kind() {
    return "mesh-mtls";
  }

  @Override
  public Optional<String> namespace() {
    return workload().isPresent() ? workload().get().namespace() : targetNamespace();
  }

  /** Strict mTLS for every workload of {@code namespace}. */
  public static MutualTls strict(ServiceMesh mesh, String namespace) {
    return builder().mesh(mesh).targetNamespace(namespace).build();
  }

  /** Strict mTLS for {@code workload}. */
  public static MutualTls strict(ServiceMesh mesh, PodSet workload) {
    return builder().mesh(mesh).workload(workload).build();
  }

  /** Permissive mTLS (plaintext accepted) for every workload of {@code namespace}. */
  public static MutualTls permissive(ServiceMesh mesh, String namespace) {
    return builder().mesh(mesh).targetNamespace(namespace).mode(MtlsMode.PERMISSIVE).build();
  }

  /** Permissive mTLS (plaintext accepted) for {@code workload}. */
  public static MutualTls permissive(ServiceMesh mesh, PodSet workload) {
    return builder().mesh(mesh).workload(workload).mode(MtlsMode.PERMISSIVE).build();
  }

  /** A builder for an mTLS setting. */
  public static Builder builder() {
    return new Builder();
  }

  /** The namespace whose workloads the setting covers. */
  String coveredNamespace(SynthContext context) {
    return context.namespaceOf(this);
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (workload().isPresent() && targetNamespace().isPresent()) {
      checks.error(
          MeshRules.SCOPE,
          "targetNamespace",
          "name either a namespace or a workload, not both (the workload's namespace is implied)");
    }
    workload()
        .filter(w -> !context.contains(w))
        .ifPresent(
            w ->
                checks.error(
                    MeshRules.UNKNOWN_WORKLOAD,
                    "workload",
                    "refers to %s, which is not part of the stack",
                    context.idOf(w)));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return mesh().isIstio() ? IstioMtls.render(context, this) : List.of();
  }

  /** Builds a {@link MutualTls}. */
  public static class Builder extends ImmutableMutualTls.Builder {}
}
