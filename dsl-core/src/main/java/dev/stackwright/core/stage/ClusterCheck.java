package dev.stackwright.core.stage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.ApiVersions;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.Provider;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of objects against the target cluster: every kind must exist when its object is
 * applied (built in at the target's version, provided by the cluster, or installed by a release or
 * a CustomResourceDefinition of the stack), and every Ingress or Gateway class must be served. A
 * stack that states no target is assumed to have every custom kind and class it uses; only the API
 * versions of built-in kinds are checked, against {@link TargetCluster#assumed()}.
 */
final class ClusterCheck {
  private static final String CRD_GROUP = "apiextensions.k8s.io";

  /**
   * What must exist before an object can be applied.
   *
   * @param crdObject the index of the CustomResourceDefinition object of the stack, or -1
   * @param provider the release installing the kind, or null
   * @param why a readable reason, for cycles
   */
  record Need(int crdObject, ComponentId provider, String why) {}

  private final TargetCluster target;
  private final boolean stated;
  private final int minor;
  private final Checks root;
  private final Set<String> prerequisiteKinds = new HashSet<>();
  private final Set<String> ingressClasses = new HashSet<>();
  private final Set<String> gatewayClasses = new HashSet<>();
  private final Map<String, ComponentId> providers = new HashMap<>();
  private final Map<String, Integer> crdObjects = new HashMap<>();
  private final Map<Integer, ApiKind> crdKinds = new HashMap<>();

  ClusterCheck(TargetCluster target, boolean stated, Checks root) {
    this.target = target;
    this.stated = stated;
    this.root = root;
    if (!target.hasValidVersion()) {
      root.error(
          ClusterRules.INVALID_VERSION,
          "target.kubernetesVersion",
          "expected a Kubernetes version such as 1.31, was \"%s\"",
          target.kubernetesVersion());
    }
    this.minor = target.hasValidVersion() ? target.minor() : TargetCluster.assumed().minor();
    for (Prerequisite p : target.provided()) {
      p.kinds().forEach(k -> prerequisiteKinds.add(k.key()));
      ingressClasses.addAll(p.ingressClasses());
      gatewayClasses.addAll(p.gatewayClasses());
    }
  }

  void addProvider(ComponentId id, Provider provider) {
    provider.installedKinds().forEach(k -> providers.putIfAbsent(k.key(), id));
    ingressClasses.addAll(provider.servedIngressClasses());
    gatewayClasses.addAll(provider.servedGatewayClasses());
  }

  void addObject(int index, SynthObject o) {
    HasMetadata m = o.object();
    ApiKind kind = ApiKind.ofObject(m.getApiVersion(), m.getKind());
    if (kind.group().equals(CRD_GROUP) && kind.kind().equals("CustomResourceDefinition")) {
      JsonNode spec = Yaml.tree(m).path("spec");
      String group = spec.path("group").asText("");
      String crdKind = spec.path("names").path("kind").asText("");
      String plural = spec.path("names").path("plural").asText("");
      if (!crdKind.isEmpty()) {
        ApiKind defined =
            plural.isEmpty() ? ApiKind.of(group, crdKind) : ApiKind.of(group, crdKind, plural);
        crdObjects.putIfAbsent(defined.key(), index);
        crdKinds.put(index, defined);
      }
    } else if (kind.key().equals("networking.k8s.io/IngressClass")) {
      ingressClasses.add(m.getMetadata().getName());
    } else if (kind.key().equals("gateway.networking.k8s.io/GatewayClass")) {
      gatewayClasses.add(m.getMetadata().getName());
    }
  }

  /** The kind the CustomResourceDefinition object at {@code index} defines, if it is one. */
  Optional<ApiKind> crdKind(int index) {
    return Optional.ofNullable(crdKinds.get(index));
  }

  /** Checks one object and says what must exist before it is applied. */
  Need need(int index, SynthObject o) {
    HasMetadata m = o.object();
    ApiKind kind = ApiKind.ofObject(m.getApiVersion(), m.getKind());
    Checks at = root.in(o.origin().segment());
    checkClass(o, kind, at);
    if (ApiVersions.isBuiltInGroup(kind.group())) {
      checkVersion(o, at);
      return new Need(-1, null, "");
    }
    if (prerequisiteKinds.contains(kind.key())) {
      return new Need(-1, null, "");
    }
    Integer crd = crdObjects.get(kind.key());
    if (crd != null && crd != index) {
      return new Need(crd, null, o.describe() + " needs its CustomResourceDefinition");
    }
    ComponentId provider = providers.get(kind.key());
    if (provider != null) {
      return new Need(-1, provider, o.describe() + " needs the CRD that " + provider + " installs");
    }
    if (stated) {
      at.error(
          ClusterRules.UNKNOWN_KIND,
          o.describe(),
          "kind %s is installed by nothing in the stack and the target cluster does not provide"
              + " it; add the release that installs its CRD (with its CRDs switched on) or the"
              + " CustomResourceDefinition, or state it: TargetCluster.builder().provides("
              + "Prerequisite.crds(\"...\", Prerequisite.kinds(\"%s\", \"%s\")))",
          kind,
          kind.group(),
          kind.kind());
    }
    return new Need(-1, null, "");
  }

  private void checkVersion(SynthObject o, Checks at) {
    HasMetadata m = o.object();
    ApiVersions.lookup(m.getApiVersion(), m.getKind())
        .ifPresent(
            e -> {
              String instead =
                  e.replacement().isEmpty() ? "" : "; use " + e.replacement() + " instead";
              if (e.removed() != 0 && minor >= e.removed()) {
                at.error(
                    ClusterRules.REMOVED_API,
                    o.describe(),
                    "%s %s is no longer served since Kubernetes 1.%d and the target is %s%s",
                    e.apiVersion(),
                    e.kind(),
                    e.removed(),
                    target.kubernetesVersion(),
                    instead);
              } else if (minor < e.since()) {
                at.error(
                    ClusterRules.UNRELEASED_API,
                    o.describe(),
                    "%s %s is served from Kubernetes 1.%d on and the target is %s",
                    e.apiVersion(),
                    e.kind(),
                    e.since(),
                    target.kubernetesVersion());
              } else if (e.deprecatedIn(minor)) {
                at.warn(
                    ClusterRules.DEPRECATED_API,
                    o.describe(),
                    "%s %s is deprecated since Kubernetes 1.%d%s%s",
                    e.apiVersion(),
                    e.kind(),
                    e.deprecated(),
                    e.removed() == 0 ? "" : " and removed in 1." + e.removed(),
                    instead);
              }
            });
  }

  private void checkClass(SynthObject o, ApiKind kind, Checks at) {
    if (!stated) {
      return;
    }
    JsonNode tree = null;
    String what = null;
    String name = null;
    if (kind.key().equals("networking.k8s.io/Ingress")) {
      tree = Yaml.tree(o.object());
      name = tree.path("spec").path("ingressClassName").asText("");
      if (name.isEmpty()) {
        name =
            tree.path("metadata")
                .path("annotations")
                .path("kubernetes.io/ingress.class")
                .asText("");
      }
      what = "ingress";
    } else if (kind.key().equals("gateway.networking.k8s.io/Gateway")) {
      tree = Yaml.tree(o.object());
      name = tree.path("spec").path("gatewayClassName").asText("");
      what = "gateway";
    }
    if (tree == null || name.isEmpty()) {
      return;
    }
    Set<String> served = what.equals("ingress") ? ingressClasses : gatewayClasses;
    if (!served.contains(name)) {
      at.error(
          ClusterRules.UNSERVED_CLASS,
          o.describe(),
          "%s class \"%s\" is served by no controller in the stack or the target cluster; add"
              + " the release of its controller or state it: TargetCluster.builder().provides("
              + "Prerequisite.%sClass(\"%s\"))",
          what,
          name,
          what,
          name);
    }
  }
}
