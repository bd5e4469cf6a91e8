package dev.stackwright.security.policy;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * The Gatekeeper constraints of {@link AdmissionPolicies}: a component of their own, depending on
 * the policies, because a constraint's kind exists only once Gatekeeper has read its template, so
 * the apply stages must put the constraints after the templates.
 */
final class GatekeeperConstraints implements Component {
  private final AdmissionPolicies policies;

  GatekeeperConstraints(AdmissionPolicies policies) {
    this.policies = policies;
  }

  @Override
  public String name() {
    return policies.name();
  }

  @Override
  public String kind() {
    return "admission-constraints";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  @Override
  public List<Component> dependsOn() {
    return List.of(policies);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return GatekeeperPolicies.constraints(policies, context);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GatekeeperConstraints other && other.policies.equals(policies);
  }

  @Override
  public int hashCode() {
    return policies.hashCode() * 31 + 7;
  }

  @Override
  public String toString() {
    return "GatekeeperConstraints{" + policies.name() + "}";
  }
}
