package dev.stackwright.mesh;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.mesh.linkerd.LinkerdAuthorizationPolicy;
import dev.stackwright.mesh.linkerd.LinkerdHttpRoute;
import dev.stackwright.mesh.linkerd.LinkerdMeshTlsAuthentication;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a {@link MeshAuthorization} for Linkerd: per allow rule a MeshTLSAuthentication of the
 * clients' identities, and per covered port an AuthorizationPolicy on the port's Server, or an
 * inbound HTTPRoute with the rule's methods and paths plus an AuthorizationPolicy on that route.
 */
final class LinkerdAuthorization {
  private LinkerdAuthorization() {}

  static List<HasMetadata> render(SynthContext context, MeshAuthorization authz) {
    String ns = context.namespaceOf(authz.target());
    List<HasMetadata> out = new ArrayList<>();
    for (int i = 0; i < authz.rules().size(); i++) {
      AllowRule rule = authz.rules().get(i);
      String ruleName = authz.name() + "-" + i;
      List<String> identities =
          rule.sources().stream().map(s -> MeshNames.linkerdIdentity(context, s)).toList();
      out.add(LinkerdMeshTlsAuthentication.of(meta(context, authz, ruleName, ns), identities));
      boolean narrowed = !rule.methods().isEmpty() || !rule.paths().isEmpty();
      for (NamedPort port : authz.portsOf(rule)) {
        String server = LinkerdServers.serverName(authz.target(), port);
        String name = ruleName + "-" + port.name();
        ObjectMeta meta = meta(context, authz, name, ns);
        if (narrowed) {
          out.add(LinkerdHttpRoute.inbound(meta, server, matches(rule)));
          out.add(LinkerdAuthorizationPolicy.forRoute(meta, name, ruleName));
        } else {
          out.add(LinkerdAuthorizationPolicy.forServer(meta, server, ruleName));
        }
      }
    }
    return out;
  }

  private static ObjectMeta meta(
      SynthContext context, MeshAuthorization authz, String name, String ns) {
    return context.metadata(authz, name).withNamespace(ns).build();
  }

  private static List<LinkerdHttpRoute.Match> matches(AllowRule rule) {
    List<Optional<String>> methods =
        rule.methods().isEmpty()
            ? List.of(Optional.empty())
            : rule.methods().stream().map(Optional::of).toList();
    List<LinkerdHttpRoute.Match> matches = new ArrayList<>();
    if (rule.paths().isEmpty()) {
      methods.forEach(m -> matches.add(new LinkerdHttpRoute.Match(Optional.empty(), false, m)));
      return matches;
    }
    for (String path : rule.paths()) {
      boolean prefix = path.endsWith("*");
      String value = prefix ? path.substring(0, path.length() - 1) : path;
      methods.forEach(m -> matches.add(new LinkerdHttpRoute.Match(Optional.of(value), prefix, m)));
    }
    return matches;
  }
}
