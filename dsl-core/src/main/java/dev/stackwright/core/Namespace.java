package dev.stackwright.core;

import dev.stackwright.core.contract.NamespaceLabeler;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A namespace of the stack, a first-class value: it carries the Pod Security Admission labels
 * ({@code restricted} unless the definition visibly says otherwise) and the labels other layers
 * contribute (mesh injection, for one). An {@linkplain #existing() existing} namespace is one the
 * cluster already has: components may use it, but it is not synthesized.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Namespace implements Component {

  /** The label prefix of Pod Security Admission. */
  public static final String PSA_PREFIX = "pod-security.kubernetes.io/";

  @Override
  public abstract String name();

  /** Extra labels on the namespace. */
  public abstract Map<String, String> labels();

  /** Annotations on the namespace. */
  public abstract Map<String, String> annotations();

  /** The Pod Security Standard enforced on the namespace's pods; {@code restricted} by default. */
  @Value.Default
  public PodSecurityLevel podSecurity() {
    return PodSecurityLevel.RESTRICTED;
  }

  /** Whether the namespace already exists in the cluster and is only referred to. */
  @Value.Default
  public boolean existing() {
    return false;
  }

  @Override
  public String kind() {
    return "namespace";
  }

  @Override
  public Layer layer() {
    return Layer.CORE;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  /** A new namespace called {@code name}, enforcing the restricted profile. */
  public static Namespace of(String name) {
    return builder().name(name).build();
  }

  /** A namespace the cluster already has, such as {@code kube-system}; not synthesized. */
  public static Namespace existing(String name) {
    return builder().name(name).existing(true).build();
  }

  /** A builder for a namespace. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (podSecurity() != PodSecurityLevel.RESTRICTED && !existing()) {
      checks.warn(
          Rules.POD_SECURITY_OPT_OUT,
          "podSecurity",
          "namespace enforces the %s Pod Security Standard instead of restricted",
          podSecurity().label());
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    if (existing()) {
      return List.of();
    }
    Map<String, String> labels = new TreeMap<>(labels());
    Map<String, String> annotations = new TreeMap<>(annotations());
    for (NamespaceLabeler labeler : context.componentsOf(NamespaceLabeler.class)) {
      labels.putAll(labeler.namespaceLabels(name()));
      annotations.putAll(labeler.namespaceAnnotations(name()));
    }
    String level = podSecurity().label();
    labels.put(PSA_PREFIX + "enforce", level);
    labels.put(PSA_PREFIX + "enforce-version", "latest");
    labels.put(PSA_PREFIX + "audit", level);
    labels.put(PSA_PREFIX + "warn", level);
    ObjectMetaBuilder meta = context.metadata(this).addToLabels(labels);
    if (!annotations.isEmpty()) {
      meta.withAnnotations(annotations);
    }
    return List.of(new NamespaceBuilder().withMetadata(meta.build()).build());
  }

  /** Builds a {@link Namespace}. */
  public static class Builder extends ImmutableNamespace.Builder {}
}
