package dev.stackwright.security.rbac;

import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A service account a team's components share, apart from the one each workload gets: a
 * ServiceAccount that, like every account of the stack, never mounts a token by itself (a pod that
 * needs one asks in its own spec). {@link ClusterGrant}s bind to it with {@link
 * Subject#of(SharedServiceAccount)}.
 *
 * <pre>{@code
 * SharedServiceAccount reporting = SharedServiceAccount.of("reporting").withNamespace("shop");
 * }</pre>
 */
@Value.Immutable
public abstract class SharedServiceAccount implements dev.stackwright.core.Component {

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Annotations on the account (a cloud identity binding, say). */
  public abstract Map<String, String> annotations();

  /** A shared account called {@code name}. */
  public static SharedServiceAccount of(String name) {
    return ImmutableSharedServiceAccount.builder().name(name).build();
  }

  /** This account, in namespace {@code namespace}. */
  public abstract SharedServiceAccount withNamespace(String namespace);

  /** This account, with the annotation {@code key}: {@code value}. */
  public SharedServiceAccount annotated(String key, String value) {
    return ImmutableSharedServiceAccount.builder().from(this).putAnnotation(key, value).build();
  }

  @Override
  public String kind() {
    return "service-account";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.annotations("annotations", annotations(), context.stack().annotations());
    String ns = context.namespaceOf(this);
    context.componentsOf(PodSet.class).stream()
        .filter(p -> p.serviceAccountName().equals(name()) && context.namespaceOf(p).equals(ns))
        .findFirst()
        .ifPresent(
            p ->
                checks.error(
                    RbacRules.INVALID_GRANT,
                    "name",
                    "%s %s already makes service account %s in namespace %s; pick another name",
                    p.kind(),
                    p.name(),
                    name(),
                    ns));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    ObjectMetaBuilder meta = context.metadata(this);
    if (!annotations().isEmpty()) {
      meta.withAnnotations(new TreeMap<>(annotations()));
    }
    return List.of(
        new ServiceAccountBuilder()
            .withMetadata(meta.build())
            .withAutomountServiceAccountToken(false)
            .build());
  }
}
