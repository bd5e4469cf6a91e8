package dev.stackwright.mesh;

import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders authorization for Consul as {@code ServiceIntentions}: a {@link MeshAuthorization} is one
 * intention set whose destination is the target's Consul service, with one source per client
 * service (rules naming the same client are merged: a rule without methods or paths allows it
 * outright, else its HTTP permissions add up); a {@link DefaultDeny} is a deny intention from
 * {@code *} to {@code *}. Consul intentions cover a whole service, never one port.
 */
final class ConsulIntentions {
  private ConsulIntentions() {}

  /** Reports what Consul cannot express of {@code auth}. */
  static void check(MeshAuthorization auth, SynthContext context, Checks checks) {
    ConsulNames names = ConsulNames.of(context);
    if (context.contains(auth.target())) {
      serviceName(names, context, auth.target(), checks, "target");
    }
    boolean l7 = false;
    for (int i = 0; i < auth.rules().size(); i++) {
      AllowRule rule = auth.rules().get(i);
      Checks at = checks.in("rules[" + i + "]");
      if (!rule.ports().isEmpty()) {
        at.error(
            MeshRules.UNSUPPORTED,
            "ports",
            "consul intentions apply to every port of a service; remove the ports (or give the"
                + " port its own workload and Service), or choose istio or linkerd");
      }
      for (int j = 0; j < rule.sources().size(); j++) {
        if (context.contains(rule.sources().get(j))) {
          serviceName(names, context, rule.sources().get(j), at, "sources[" + j + "]");
        }
      }
      l7 |= !rule.methods().isEmpty() || !rule.paths().isEmpty();
    }
    if (l7) {
      Optional<String> protocol =
          names.endpointOf(context, auth.target()).map(ConsulNames::protocol);
      if (protocol.isPresent() && !ConsulNames.speaksHttp(protocol.get())) {
        checks.error(
            MeshRules.UNSUPPORTED,
            "rules",
            "consul matches methods and paths for HTTP services only, and the service of %s is"
                + " tcp (its first port's name says the protocol); name that port http, or drop"
                + " the methods and paths",
            auth.target().name());
      }
    }
  }

  private static void serviceName(
      ConsulNames names, SynthContext context, PodSet pods, Checks checks, String field) {
    if (names.serviceOf(context, pods).isEmpty()) {
      checks.error(
          MeshRules.UNKNOWN_SERVICE,
          field,
          "consul registers %s under the Kubernetes Service that selects it, and no service of"
              + " the stack does; add a Service for it",
          context.idOf(pods));
    }
  }

  static List<HasMetadata> render(SynthContext context, MeshAuthorization auth) {
    ConsulNames names = ConsulNames.of(context);
    String target = names.serviceOf(context, auth.target()).orElse(auth.target().name());
    Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
    for (AllowRule rule : auth.rules()) {
      for (PodSet client : rule.sources()) {
        String name = names.serviceOf(context, client).orElse(client.name());
        Map<String, Object> source = sources.computeIfAbsent(name, n -> source(n));
        if (rule.methods().isEmpty() && rule.paths().isEmpty()) {
          source.remove("permissions");
          source.put("action", "allow");
        } else if (!source.containsKey("action")) {
          @SuppressWarnings("unchecked")
          List<Object> permissions =
              (List<Object>) source.computeIfAbsent("permissions", k -> new ArrayList<>());
          permissions.addAll(permissions(rule));
        }
      }
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("destination", Map.of("name", target));
    spec.put("sources", new ArrayList<>(sources.values()));
    return List.of(
        ConsulApi.resource("ServiceIntentions", context.metadata(auth, target).build(), spec));
  }

  private static Map<String, Object> source(String name) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("name", name);
    return source;
  }

  /** One allow permission per path (or one for every path), each with the rule's methods. */
  private static List<Object> permissions(AllowRule rule) {
    List<Object> out = new ArrayList<>();
    List<String> paths = rule.paths().isEmpty() ? List.of("") : rule.paths();
    for (String path : paths) {
      Map<String, Object> http = new LinkedHashMap<>();
      if (path.endsWith("*")) {
        http.put("pathPrefix", path.substring(0, path.length() - 1));
      } else if (!path.isEmpty()) {
        http.put("pathExact", path);
      }
      if (!rule.methods().isEmpty()) {
        http.put("methods", rule.methods());
      }
      out.add(Map.of("action", "allow", "http", http));
    }
    return out;
  }

  /** The deny-all intention of a {@link DefaultDeny}: from every service to every service. */
  static HasMetadata denyAll(SynthContext context, DefaultDeny deny) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("destination", Map.of("name", "*"));
    spec.put("sources", List.of(Map.of("name", "*", "action", "deny")));
    return ConsulApi.resource("ServiceIntentions", context.metadata(deny).build(), spec);
  }
}
