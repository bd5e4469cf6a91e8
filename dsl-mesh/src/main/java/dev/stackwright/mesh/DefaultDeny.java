package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.istio.api.security.v1.AuthorizationPolicyBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Denies every request to a namespace's workloads that no {@link MeshAuthorization} allows.
 *
 * <p>Istio: an empty ("allow nothing") AuthorizationPolicy in the namespace. Linkerd: every port of
 * the stack's workloads in the namespace gets a Server with access policy {@code deny} (rendered by
 * the {@link ServiceMesh}); ports of pods the stack does not declare keep the cluster's default.
 */
@Value.Immutable
@StackwrightStyle
public abstract class DefaultDeny implements MeshPolicy {

  @Override
  @Value.Default
  public String name() {
    return "default-deny";
  }

  @Override
  public abstract ServiceMesh mesh();

  @Override
  public abstract Optional<String> namespace();

  @Override
  public String kind() {
    return "mesh-default-deny";
  }

  /** Default deny for {@code namespace}. */
  public static DefaultDeny of(ServiceMesh mesh, String namespace) {
    return builder().mesh(mesh).namespace(namespace).build();
  }

  /** A builder for a default-deny rule. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    if (mesh().provider() == MeshProvider.CONSUL) {
      return List.of(ConsulIntentions.denyAll(context, this));
    }
    if (!mesh().isIstio()) {
      return List.of();
    }
    return List.of(
        new AuthorizationPolicyBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .endSpec()
            .build());
  }

  /** Builds a {@link DefaultDeny}. */
  public static class Builder extends ImmutableDefaultDeny.Builder {}
}
