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

/**
 * Renders a {@link PolicyPlan} as Cilium policies (cilium.io/v2): per namespace a {@code
 * default-deny} and an {@code allow-dns} CiliumNetworkPolicy, or with {@link
 * Connections#clusterWideDefaults()} one CiliumClusterwideNetworkPolicy {@code <name>-defaults}
 * over all those namespaces; then one CiliumNetworkPolicy per pod set. Egress to a DNS name becomes
 * {@code toFQDNs}, and the DNS egress of the pods that use one carries the DNS rule ({@code
 * matchPattern: "*"}) through which Cilium's proxy learns the names' addresses. HTTP rules become
 * {@code toPorts[].rules.http} on both ends.
 */
final class CiliumPolicies {
  /** The API group of Cilium's policies. */
  static final String GROUP = "cilium.io";

  /** The apiVersion of both policy kinds. */
  static final String VERSION = GROUP + "/v2";

  /** The label Cilium gives every endpoint with its pod's namespace. */
  static final String NAMESPACE_LABEL = "k8s:io.kubernetes.pod.namespace";

  private CiliumPolicies() {}

  static List<HasMetadata> render(PolicyPlan plan, SynthContext context) {
    Connections owner = plan.owner();
    List<HasMetadata> out = new ArrayList<>();
    List<String> namespaces = plan.wholeNamespaces();
    if (owner.clusterWideDefaults()) {
      if (!namespaces.isEmpty() && (owner.defaultDeny() || owner.restrictEgress())) {
        Map<String, Object> selector =
            Map.of(
                "matchExpressions",
                List.of(Map.of("key", NAMESPACE_LABEL, "operator", "In", "values", namespaces)));
        out.add(
            resource(
                "CiliumClusterwideNetworkPolicy",
                context.metadata(owner, owner.name() + "-defaults").build(),
                defaults(owner, selector, plan.sendsToDnsNames(null))));
      }
    } else {
      for (String ns : namespaces) {
        if (owner.defaultDeny()) {
          Map<String, Object> spec = new LinkedHashMap<>();
          spec.put("endpointSelector", Map.of());
          spec.put("ingress", List.of(Map.of()));
          if (owner.restrictEgress()) {
            spec.put("egress", List.of(Map.of()));
          }
          out.add(policy(owner, context, ns, "default-deny", spec));
        }
        if (owner.restrictEgress()) {
          Map<String, Object> spec = new LinkedHashMap<>();
          spec.put("endpointSelector", Map.of());
          spec.put("egress", List.of(dnsRule(owner, plan.sendsToDnsNames(ns))));
          out.add(policy(owner, context, ns, "allow-dns", spec));
        }
      }
    }
    for (PolicyPlan.PodPolicy p : plan.policies()) {
      boolean shared = owner.sharedNamespaces().contains(p.namespace());
      List<Object> ingress = new ArrayList<>();
      for (PolicyPlan.Rule r : p.ingress()) {
        ingress.add(rule(r, "from"));
      }
      if (ingress.isEmpty() && shared && owner.defaultDeny()) {
        ingress.add(Map.of());
      }
      List<Object> egress = new ArrayList<>();
      boolean fqdn = false;
      for (PolicyPlan.Rule r : p.egress()) {
        egress.add(rule(r, "to"));
        fqdn |= r.peer().dnsName() != null;
      }
      if (shared && owner.restrictEgress()) {
        egress.add(0, dnsRule(owner, fqdn));
      }
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("endpointSelector", matchLabels(p.selector(), p.namespace(), false));
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

  private static Map<String, Object> defaults(
      Connections owner, Map<String, Object> selector, boolean fqdn) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("endpointSelector", selector);
    if (owner.defaultDeny()) {
      spec.put("ingress", List.of(Map.of()));
    }
    if (owner.restrictEgress()) {
      spec.put("egress", List.of(dnsRule(owner, fqdn)));
    }
    return spec;
  }

  /** An ingress ({@code side} "from") or egress ({@code side} "to") rule. */
  private static Map<String, Object> rule(PolicyPlan.Rule r, String side) {
    Map<String, Object> rule = new LinkedHashMap<>();
    PolicyPlan.Target t = r.peer();
    if (t.selector() != null || t.namespace() != null) {
      Map<String, String> labels = t.selector() == null ? Map.of() : t.selector();
      rule.put(side + "Endpoints", List.of(matchLabels(labels, t.namespace(), true)));
    } else if (t.anywhere()) {
      rule.put(side + "Entities", List.of("all"));
    } else if (t.dnsName() != null) {
      String key = t.dnsName().startsWith("*") ? "matchPattern" : "matchName";
      rule.put("toFQDNs", List.of(Map.of(key, t.dnsName())));
    } else {
      Map<String, Object> cidr = new LinkedHashMap<>();
      cidr.put("cidr", t.cidr().cidr());
      if (!t.cidr().excepts().isEmpty()) {
        cidr.put("except", t.cidr().excepts());
      }
      rule.put(side + "CIDRSet", List.of(cidr));
    }
    if (r.port() != null) {
      Map<String, Object> ports = new LinkedHashMap<>();
      ports.put(
          "ports",
          List.of(
              Map.of(
                  "port",
                  String.valueOf(r.port().getPort().getIntVal()),
                  "protocol",
                  r.port().getProtocol())));
      if (!r.http().isEmpty()) {
        List<Object> http = new ArrayList<>();
        for (HttpRule h : r.http()) {
          Map<String, Object> match = new LinkedHashMap<>();
          h.method().ifPresent(m -> match.put("method", m));
          h.pathRegex().ifPresent(p -> match.put("path", p));
          http.add(match);
        }
        ports.put("rules", Map.of("http", http));
      }
      rule.put("toPorts", List.of(ports));
    }
    return rule;
  }

  /**
   * Egress to the cluster DNS; with {@code visibility} through Cilium's DNS proxy, which egress to
   * DNS names needs to learn the names' addresses.
   */
  private static Map<String, Object> dnsRule(Connections owner, boolean visibility) {
    Map<String, Object> ports = new LinkedHashMap<>();
    ports.put(
        "ports",
        List.of(Map.of("port", "53", "protocol", "UDP"), Map.of("port", "53", "protocol", "TCP")));
    if (visibility) {
      ports.put("rules", Map.of("dns", List.of(Map.of("matchPattern", "*"))));
    }
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("toEndpoints", List.of(matchLabels(owner.dnsPodLabels(), owner.dnsNamespace(), true)));
    rule.put("toPorts", List.of(ports));
    return rule;
  }

  /** A selector of {@code labels}, with the namespace label when {@code withNamespace}. */
  private static Map<String, Object> matchLabels(
      Map<String, String> labels, String namespace, boolean withNamespace) {
    Map<String, String> all = new TreeMap<>(labels);
    if (withNamespace) {
      all.put(NAMESPACE_LABEL, namespace);
    }
    return all.isEmpty() ? Map.of() : Map.of("matchLabels", all);
  }

  private static HasMetadata policy(
      Connections owner,
      SynthContext context,
      String namespace,
      String name,
      Map<String, Object> spec) {
    return resource(
        "CiliumNetworkPolicy",
        context.metadata(owner, name).withNamespace(namespace).build(),
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
