package dev.stackwright.network;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders a {@link PolicyPlan} as Calico policies in crd.projectcalico.org/v1, the API a cluster
 * serves without the Calico API server (projectcalico.org/v3 needs that server, or Calico's opt-in
 * v3 CRDs). Objects of that API carry their tier in the name, so every policy is named {@code
 * default.<name>} with {@code tier: default}, as Calico's own client stores them.
 *
 * <p>Evaluation order is explicit: the allow policies of pod sets and the DNS egress have {@link
 * #ALLOW_ORDER}, the defaults {@link #DEFAULTS_ORDER} (Calico evaluates lower orders first, and
 * denies what no policy of the tier allows). HTTP rules become {@code http} matches of the ingress
 * rules, one rule per HTTP rule; they need Calico's application layer policy.
 */
final class CalicoPolicies {
  /** The API group Calico stores its resources in. */
  static final String GROUP = "crd.projectcalico.org";

  /** The apiVersion of both policy kinds. */
  static final String VERSION = GROUP + "/v1";

  /** The tier every policy goes into. */
  static final String TIER = "default";

  /** The order of the allow policies: pod sets' and DNS egress. */
  static final int ALLOW_ORDER = 100;

  /** The order of the default-deny policies, evaluated after every allow policy. */
  static final int DEFAULTS_ORDER = 1000;

  /** The label Calico gives every namespace with its name. */
  static final String NAMESPACE_LABEL = "projectcalico.org/name";

  private CalicoPolicies() {}

  static List<HasMetadata> render(PolicyPlan plan, SynthContext context) {
    Connections owner = plan.owner();
    List<HasMetadata> out = new ArrayList<>();
    List<String> namespaces = plan.wholeNamespaces();
    if (owner.clusterWideDefaults()) {
      if (!namespaces.isEmpty() && (owner.defaultDeny() || owner.restrictEgress())) {
        Map<String, Object> spec = spec(DEFAULTS_ORDER, "all()", owner.defaultDeny(), true);
        spec.put(
            "namespaceSelector",
            NAMESPACE_LABEL
                + " in {"
                + namespaces.stream().map(ns -> "'" + ns + "'").collect(Collectors.joining(", "))
                + "}");
        types(spec, owner.defaultDeny(), owner.restrictEgress());
        if (owner.restrictEgress()) {
          spec.put("egress", dnsRules(owner));
        }
        out.add(
            resource(
                "GlobalNetworkPolicy",
                context.metadata(owner, TIER + "." + owner.name() + "-defaults").build(),
                spec));
      }
    } else {
      for (String ns : namespaces) {
        if (owner.defaultDeny()) {
          Map<String, Object> spec = spec(DEFAULTS_ORDER, "all()", true, owner.restrictEgress());
          out.add(policy(owner, context, ns, "default-deny", spec));
        }
        if (owner.restrictEgress()) {
          Map<String, Object> spec = spec(ALLOW_ORDER, "all()", false, true);
          spec.put("egress", dnsRules(owner));
          out.add(policy(owner, context, ns, "allow-dns", spec));
        }
      }
    }
    for (PolicyPlan.PodPolicy p : plan.policies()) {
      boolean shared = owner.sharedNamespaces().contains(p.namespace());
      List<Object> ingress = new ArrayList<>();
      for (PolicyPlan.Rule r : p.ingress()) {
        ingress.addAll(rules(r, "source", p.namespace(), true));
      }
      List<Object> egress = new ArrayList<>();
      if (shared && owner.restrictEgress()) {
        egress.addAll(dnsRules(owner));
      }
      for (PolicyPlan.Rule r : p.egress()) {
        egress.addAll(rules(r, "destination", p.namespace(), false));
      }
      boolean in = !ingress.isEmpty() || (shared && owner.defaultDeny());
      Map<String, Object> spec = spec(ALLOW_ORDER, selector(p.selector()), in, !egress.isEmpty());
      if (!ingress.isEmpty()) {
        spec.put("ingress", ingress);
      }
      if (!egress.isEmpty()) {
        spec.put("egress", egress);
      }
      out.add(policy(owner, context, p.namespace(), p.name(), spec));
    }
    return out;
  }

  private static Map<String, Object> spec(
      int order, String selector, boolean ingress, boolean egress) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("tier", TIER);
    spec.put("order", order);
    spec.put("selector", selector);
    types(spec, ingress, egress);
    return spec;
  }

  private static void types(Map<String, Object> spec, boolean ingress, boolean egress) {
    List<String> types = new ArrayList<>();
    if (ingress) {
      types.add("Ingress");
    }
    if (egress) {
      types.add("Egress");
    }
    spec.put("types", types);
  }

  /**
   * The Allow rules of one plan rule; {@code side} is {@code source} (ingress) or {@code
   * destination} (egress). HTTP matches only on ingress, one rule per HTTP rule.
   */
  private static List<Object> rules(
      PolicyPlan.Rule r, String side, String policyNamespace, boolean ingress) {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("action", "Allow");
    if (r.port() != null) {
      base.put("protocol", r.port().getProtocol());
    }
    Map<String, Object> peer = entity(r.peer(), policyNamespace);
    Map<String, Object> destination = ingress ? new LinkedHashMap<>() : peer;
    if (!ingress && !peer.isEmpty()) {
      base.put("destination", destination);
    }
    if (ingress && !peer.isEmpty()) {
      base.put(side, peer);
    }
    if (r.port() != null) {
      destination.put("ports", List.of(r.port().getPort().getIntVal()));
      base.put("destination", destination);
    }
    if (!ingress || r.http().isEmpty()) {
      return List.of(base);
    }
    List<Object> out = new ArrayList<>();
    for (HttpRule h : r.http()) {
      Map<String, Object> http = new LinkedHashMap<>();
      h.method().ifPresent(m -> http.put("methods", List.of(m)));
      h.path()
          .ifPresent(
              p -> http.put("paths", List.of(Map.of(h.pathIsPrefix() ? "prefix" : "exact", p))));
      Map<String, Object> rule = new LinkedHashMap<>(base);
      rule.put("http", http);
      out.add(rule);
    }
    return out;
  }

  /** The other end of a rule as a Calico entity; empty for anywhere. */
  private static Map<String, Object> entity(PolicyPlan.Target t, String policyNamespace) {
    Map<String, Object> e = new LinkedHashMap<>();
    if (t.selector() != null) {
      e.put("selector", selector(t.selector()));
      if (!t.namespace().equals(policyNamespace)) {
        e.put("namespaceSelector", NAMESPACE_LABEL + " == '" + t.namespace() + "'");
      }
    } else if (t.namespace() != null) {
      e.put("namespaceSelector", NAMESPACE_LABEL + " == '" + t.namespace() + "'");
    } else if (t.cidr() != null) {
      e.put("nets", List.of(t.cidr().cidr()));
      if (!t.cidr().excepts().isEmpty()) {
        e.put("notNets", t.cidr().excepts());
      }
    }
    return e;
  }

  private static List<Object> dnsRules(Connections owner) {
    List<Object> rules = new ArrayList<>();
    for (String protocol : List.of("UDP", "TCP")) {
      Map<String, Object> destination = new LinkedHashMap<>();
      destination.put("selector", selector(owner.dnsPodLabels()));
      destination.put("namespaceSelector", NAMESPACE_LABEL + " == '" + owner.dnsNamespace() + "'");
      destination.put("ports", List.of(53));
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("action", "Allow");
      rule.put("protocol", protocol);
      rule.put("destination", destination);
      rules.add(rule);
    }
    return rules;
  }

  /** A Calico selector matching {@code labels}: {@code a == 'x' && b == 'y'}, or {@code all()}. */
  static String selector(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return "all()";
    }
    return new TreeMap<>(labels)
        .entrySet().stream()
            .map(e -> e.getKey() + " == '" + e.getValue() + "'")
            .collect(Collectors.joining(" && "));
  }

  private static HasMetadata policy(
      Connections owner,
      SynthContext context,
      String namespace,
      String name,
      Map<String, Object> spec) {
    return resource(
        "NetworkPolicy",
        context.metadata(owner, TIER + "." + name).withNamespace(namespace).build(),
        spec);
  }

  private static HasMetadata resource(String kind, ObjectMeta metadata, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(VERSION)
        .withKind(kind)
        .withMetadata(metadata)
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
