package dev.stackwright.mesh;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.istio.api.api.security.v1beta1.AuthorizationPolicyAction;
import io.fabric8.istio.api.api.security.v1beta1.OperationBuilder;
import io.fabric8.istio.api.api.security.v1beta1.RuleBuilder;
import io.fabric8.istio.api.security.v1.AuthorizationPolicyBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.TreeMap;

/** Renders a {@link MeshAuthorization} as an Istio ALLOW AuthorizationPolicy. */
final class IstioAuthorization {
  private IstioAuthorization() {}

  static HasMetadata render(SynthContext context, MeshAuthorization authz) {
    AuthorizationPolicyBuilder policy =
        new AuthorizationPolicyBuilder()
            .withMetadata(
                context.metadata(authz).withNamespace(context.namespaceOf(authz.target())).build());
    var spec =
        policy
            .withNewSpec()
            .withAction(AuthorizationPolicyAction.ALLOW)
            .withNewSelector()
            .withMatchLabels(new TreeMap<>(authz.target().selectorLabels()))
            .endSelector();
    for (AllowRule rule : authz.rules()) {
      List<String> principals =
          rule.sources().stream().map(s -> MeshNames.istioPrincipal(context, s)).toList();
      RuleBuilder r =
          new RuleBuilder()
              .addNewFrom()
              .withNewSource()
              .withPrincipals(principals)
              .endSource()
              .endFrom();
      if (!rule.ports().isEmpty() || !rule.methods().isEmpty() || !rule.paths().isEmpty()) {
        OperationBuilder op = new OperationBuilder();
        if (!rule.ports().isEmpty()) {
          op.withPorts(ports(authz.portsOf(rule)));
        }
        if (!rule.methods().isEmpty()) {
          op.withMethods(rule.methods());
        }
        if (!rule.paths().isEmpty()) {
          op.withPaths(rule.paths());
        }
        r.addNewTo().withOperation(op.build()).endTo();
      }
      spec.addToRules(r.build());
    }
    return spec.endSpec().build();
  }

  private static List<String> ports(List<NamedPort> ports) {
    return ports.stream().map(p -> String.valueOf(p.port())).toList();
  }
}
