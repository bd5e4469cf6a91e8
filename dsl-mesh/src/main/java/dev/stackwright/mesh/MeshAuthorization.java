package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Service-to-service authorization: the only callers a workload accepts are those its allow rules
 * name; every other request is denied.
 *
 * <p>Istio: an ALLOW AuthorizationPolicy selecting the workload, with principals {@code
 * cluster.local/ns/<ns>/sa/<sa>}. Linkerd: a Server per port with access policy {@code deny}
 * (rendered by the {@link ServiceMesh}), and per rule a MeshTLSAuthentication of the clients'
 * identities plus AuthorizationPolicies on the Servers, or on inbound HTTPRoutes when the rule
 * names methods or paths.
 *
 * <pre>{@code
 * MeshAuthorization.allow(mesh, orders, AllowRule.from(web).onPorts("http").forMethods("GET"));
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class MeshAuthorization implements MeshPolicy {
  private static final Pattern METHOD = Pattern.compile("[A-Z]+");

  @Override
  @Value.Default
  public String name() {
    return target().name();
  }

  @Override
  public abstract ServiceMesh mesh();

  /** The workload the rules protect. */
  public abstract PodSet target();

  /** The allow rules; a request matching any of them is allowed. */
  public abstract List<AllowRule> rules();

  @Override
  public String kind() {
    return "mesh-authorization";
  }

  @Override
  public Optional<String> namespace() {
    return target().namespace();
  }

  /** Authorization of {@code target}, named after it, allowing what {@code rules} allow. */
  public static MeshAuthorization allow(ServiceMesh mesh, PodSet target, AllowRule... rules) {
    return builder().mesh(mesh).target(target).addAllRules(Arrays.asList(rules)).build();
  }

  /** A builder for an authorization. */
  public static Builder builder() {
    return new Builder();
  }

  /** The target's ports a rule covers: the ones it names, else all TCP ports. */
  List<NamedPort> portsOf(AllowRule rule) {
    List<NamedPort> ports = new ArrayList<>();
    if (rule.ports().isEmpty()) {
      target().ports().stream().filter(p -> "TCP".equals(p.protocol())).forEach(ports::add);
    } else {
      rule.ports().forEach(p -> target().port(p).ifPresent(ports::add));
    }
    return ports;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (!context.contains(target())) {
      checks.error(
          MeshRules.UNKNOWN_WORKLOAD,
          "target",
          "refers to %s, which is not part of the stack",
          context.idOf(target()));
    }
    if (rules().isEmpty()) {
      checks.error(
          MeshRules.EMPTY_RULE,
          "rules",
          "add at least one allow rule; to deny everything use DefaultDeny");
    }
    for (int i = 0; i < rules().size(); i++) {
      checkRule(rules().get(i), context, checks.in("rules[" + i + "]"));
    }
    if (mesh().provider() == MeshProvider.CONSUL) {
      ConsulIntentions.check(this, context, checks);
    }
  }

  private void checkRule(AllowRule rule, SynthContext context, Checks checks) {
    if (rule.sources().isEmpty()) {
      checks.error(MeshRules.EMPTY_RULE, "sources", "name at least one client workload");
    }
    for (int j = 0; j < rule.sources().size(); j++) {
      PodSet source = rule.sources().get(j);
      if (!context.contains(source)) {
        checks.error(
            MeshRules.UNKNOWN_WORKLOAD,
            "sources[" + j + "]",
            "refers to %s, which is not part of the stack; its identity cannot be known",
            context.idOf(source));
      }
    }
    for (int j = 0; j < rule.ports().size(); j++) {
      String port = rule.ports().get(j);
      if (target().port(port).isEmpty()) {
        checks.error(
            MeshRules.UNKNOWN_PORT,
            "ports[" + j + "]",
            "workload %s has no port \"%s\"; its ports are %s",
            target().name(),
            port,
            target().ports().stream().map(NamedPort::name).toList());
      }
    }
    for (int j = 0; j < rule.methods().size(); j++) {
      String method = rule.methods().get(j);
      if (!METHOD.matcher(method).matches()) {
        checks.error(
            MeshRules.INVALID_MATCH,
            "methods[" + j + "]",
            "expected an upper-case HTTP method such as GET, was \"%s\"",
            method);
      }
    }
    for (int j = 0; j < rule.paths().size(); j++) {
      String path = rule.paths().get(j);
      int star = path.indexOf('*');
      if (!path.startsWith("/") || (star >= 0 && star != path.length() - 1)) {
        checks.error(
            MeshRules.INVALID_MATCH,
            "paths[" + j + "]",
            "expected a path starting with / and with * only at the end (a prefix), was \"%s\"",
            path);
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return switch (mesh().provider()) {
      case ISTIO -> List.of(IstioAuthorization.render(context, this));
      case LINKERD -> LinkerdAuthorization.render(context, this);
      case CONSUL -> ConsulIntentions.render(context, this);
    };
  }

  /** Builds a {@link MeshAuthorization}. */
  public static class Builder extends ImmutableMeshAuthorization.Builder {}
}
