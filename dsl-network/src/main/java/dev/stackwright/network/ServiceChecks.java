package dev.stackwright.network;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The rules a {@link Service} must meet, reported together with their paths. */
final class ServiceChecks {
  private ServiceChecks() {}

  static void validate(Service s, SynthContext context, Checks checks) {
    if (checks.label("name", s.name()) && !Character.isLetter(s.name().charAt(0))) {
      checks.error(
          Rules.INVALID_NAME,
          "name",
          "a service name must start with a letter (DNS-1035 label), was \"%s\"",
          s.name());
    }
    typeFields(s, checks);
    if (s.type() == ServiceType.EXTERNAL_NAME) {
      s.externalName()
          .map(h -> Hosts.problem(h, false))
          .ifPresent(p -> checks.error(NetworkRules.INVALID_HOST, "externalName", "%s", p));
      ports(s, List.of(), checks);
      return;
    }
    List<PodSet> pods = selected(s, context, checks);
    ports(s, pods, checks);
    for (int i = 0; i < s.loadBalancerSourceRanges().size(); i++) {
      String problem = Cidr.problem(s.loadBalancerSourceRanges().get(i));
      if (problem != null) {
        checks.error(
            NetworkRules.INVALID_CIDR, "loadBalancerSourceRanges[" + i + "]", "%s", problem);
      }
    }
    s.sessionAffinityTimeoutSeconds()
        .filter(t -> t < 1 || t > 86400)
        .ifPresent(
            t ->
                checks.error(
                    NetworkRules.SERVICE_TYPE_MISMATCH,
                    "sessionAffinityTimeoutSeconds",
                    "must be between 1 and 86400 seconds, was %d",
                    t));
  }

  private static void typeFields(Service s, Checks checks) {
    ServiceType type = s.type();
    boolean external = type == ServiceType.EXTERNAL_NAME;
    boolean exposedOutside = type == ServiceType.NODE_PORT || type == ServiceType.LOAD_BALANCER;
    mismatch(
        checks,
        external && s.externalName().isEmpty(),
        "externalName",
        "an ExternalName service needs the host it aliases: set externalName");
    mismatch(
        checks,
        !external && s.externalName().isPresent(),
        "externalName",
        "only an ExternalName service aliases a host; this one is %s",
        type);
    mismatch(
        checks,
        external && (s.target().isPresent() || !s.selector().isEmpty()),
        "target",
        "an ExternalName service selects no pods; remove the target and selector");
    mismatch(
        checks,
        type != ServiceType.LOAD_BALANCER && !s.loadBalancerSourceRanges().isEmpty(),
        "loadBalancerSourceRanges",
        "only a LoadBalancer service has source ranges; this one is %s",
        type);
    mismatch(
        checks,
        type != ServiceType.LOAD_BALANCER && s.loadBalancerClass().isPresent(),
        "loadBalancerClass",
        "only a LoadBalancer service has a load balancer class; this one is %s",
        type);
    mismatch(
        checks,
        !exposedOutside && s.externalTrafficPolicy().isPresent(),
        "externalTrafficPolicy",
        "only NodePort and LoadBalancer services have an external traffic policy; this one is %s",
        type);
    mismatch(
        checks,
        s.sessionAffinity() == SessionAffinity.NONE
            && s.sessionAffinityTimeoutSeconds().isPresent(),
        "sessionAffinityTimeoutSeconds",
        "a timeout needs sessionAffinity CLIENT_IP");
    for (int i = 0; i < s.exposedPorts().size(); i++) {
      mismatch(
          checks,
          !exposedOutside && s.exposedPorts().get(i).nodePort().isPresent(),
          "ports[" + i + "].nodePort",
          "only NodePort and LoadBalancer services have node ports; this one is %s",
          type);
    }
  }

  private static void mismatch(
      Checks checks, boolean wrong, String field, String format, Object... args) {
    if (wrong) {
      checks.error(NetworkRules.SERVICE_TYPE_MISMATCH, field, format, args);
    }
  }

  /** The pod sets the service selects, after reporting a selector that selects nothing. */
  private static List<PodSet> selected(Service s, SynthContext context, Checks checks) {
    String ns = context.namespaceOf(s);
    if (s.target().isPresent()) {
      PodSet target = s.target().get();
      String targetNs = context.namespaceOf(target);
      if (!targetNs.equals(ns)) {
        checks.error(
            NetworkRules.NAMESPACE_MISMATCH,
            "namespace",
            "a service selects pods of its own namespace only: it is in \"%s\", %s %s in \"%s\"",
            ns,
            target.kind(),
            target.name(),
            targetNs);
      }
      if (target.selectorLabels().isEmpty()) {
        checks.error(
            NetworkRules.SELECTOR_MATCHES_NOTHING,
            "target",
            "%s %s has no selector labels, so the service would select no pods",
            target.kind(),
            target.name());
      } else if (!s.selector().isEmpty()
          && !target.selectorLabels().entrySet().containsAll(s.selector().entrySet())) {
        checks.error(
            NetworkRules.SELECTOR_MATCHES_NOTHING,
            "selector",
            "selector %s does not match the pods of %s %s, labelled %s",
            new TreeMap<>(s.selector()),
            target.kind(),
            target.name(),
            new TreeMap<>(target.selectorLabels()));
      }
      return List.of(target);
    }
    if (s.selector().isEmpty()) {
      checks.error(
          NetworkRules.SELECTOR_MATCHES_NOTHING,
          "target",
          "the service selects no pods: build it from a workload (Service.of(workload)) or give"
              + " a selector");
      return List.of();
    }
    List<PodSet> found = SelectorIndex.of(context).matching(ns, s.selector());
    if (found.isEmpty()) {
      checks.error(
          NetworkRules.SELECTOR_MATCHES_NOTHING,
          "selector",
          "selector %s matches no workload in namespace \"%s\"",
          new TreeMap<>(s.selector()),
          ns);
    }
    return found;
  }

  private static void ports(Service s, List<PodSet> pods, Checks checks) {
    List<ExposedPort> ports = s.exposedPorts();
    if (ports.isEmpty()
        && s.type() != ServiceType.HEADLESS
        && s.type() != ServiceType.EXTERNAL_NAME
        && !pods.isEmpty()) {
      checks.error(
          NetworkRules.SERVICE_WITHOUT_PORTS,
          "ports",
          "the service exposes no port: add one (ExposedPort.of(80, \"http\")) or give the"
              + " workload named ports");
    }
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < ports.size(); i++) {
      ExposedPort p = ports.get(i);
      String field = "ports[" + i + "]";
      checks.port(field + ".port", p.port());
      p.nodePort().ifPresent(n -> checks.port(field + ".nodePort", n));
      String name = s.portName(p);
      checks.label(field + ".name", name);
      Integer sameName = names.putIfAbsent(name, i);
      if (sameName != null) {
        checks.error(
            NetworkRules.DUPLICATE_SERVICE_PORT,
            field + ".name",
            "port name \"%s\" is also used by ports[%d]",
            name,
            sameName);
      }
      String protocol = p.protocol().orElse("TCP");
      Integer sameNumber = numbers.putIfAbsent(p.port() + "/" + protocol, i);
      if (sameNumber != null) {
        checks.error(
            NetworkRules.DUPLICATE_SERVICE_PORT,
            field + ".port",
            "port %d/%s is also used by ports[%d]",
            p.port(),
            protocol,
            sameNumber);
      }
      if (p.targetIsNumber()) {
        checks.port(field + ".target", p.target().length() > 5 ? 0 : Integer.parseInt(p.target()));
      } else if (!pods.isEmpty() && pods.stream().noneMatch(t -> t.port(p.target()).isPresent())) {
        checks.error(
            NetworkRules.UNKNOWN_TARGET_PORT,
            field + ".target",
            "no container port named \"%s\" in %s; the workload declares %s",
            p.target(),
            pods.stream().map(t -> t.kind() + " " + t.name()).collect(Collectors.joining(", ")),
            describe(pods.get(0).ports()));
      }
    }
  }

  static String describe(List<NamedPort> ports) {
    if (ports.isEmpty()) {
      return "no named ports";
    }
    return ports.stream()
        .map(p -> p.name() + " (" + p.port() + ")")
        .collect(Collectors.joining(", "));
  }
}
