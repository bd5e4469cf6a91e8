package dev.stackwright.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.ApiVersions;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model of a cluster that starts empty: it serves the built-in kinds of the target's Kubernetes
 * version and the kinds of the stated prerequisites, and further kinds only once something installs
 * them. Applying an object whose kind it does not serve, or the same object twice, fails the test
 * with what was applied before.
 */
public final class ClusterModel {
  private final int minor;
  private final Set<String> served = new HashSet<>();
  private final Set<String> crdNames = new HashSet<>();
  private final Map<String, JsonNode> applied = new LinkedHashMap<>();
  private final List<String> log = new ArrayList<>();
  private final Set<String> namespacesToCreate = new HashSet<>();
  private final Set<String> namespaces = new HashSet<>();

  private ClusterModel(TargetCluster target) {
    this.minor = target.minor();
    for (Prerequisite p : target.provided()) {
      install(p.kinds(), "prerequisite " + p.name());
    }
  }

  /** An empty cluster of {@code target}'s version with its prerequisites. */
  public static ClusterModel empty(TargetCluster target) {
    return new ClusterModel(target);
  }

  /** Makes {@code kinds} served from now on, because of {@code what}. */
  public void install(List<ApiKind> kinds, String what) {
    for (ApiKind k : kinds) {
      served.add(k.key());
      crdNames.add(k.crdName());
    }
    if (!kinds.isEmpty()) {
      log.add("installed by " + what + ": " + kinds);
    }
  }

  /** Whether an object of this apiVersion and kind can be applied now. */
  public boolean serves(String apiVersion, String kind) {
    ApiKind k = ApiKind.ofObject(apiVersion, kind);
    if (ApiVersions.isBuiltInGroup(k.group())) {
      return ApiVersions.served(apiVersion, kind, minor);
    }
    return served.contains(k.key());
  }

  /**
   * Declares the namespaces the stack creates: they exist only once their Namespace is applied, and
   * nothing may be applied into them before. Other namespaces are taken to exist.
   */
  public void createsNamespaces(Set<String> names) {
    namespacesToCreate.addAll(names);
  }

  /** Fails unless {@code namespace} exists now (for what installs into it, such as helm). */
  public void requireNamespace(String namespace, String what) {
    if (namespacesToCreate.contains(namespace) && !namespaces.contains(namespace)) {
      throw new AssertionError(
          what + " goes into namespace " + namespace + " before its Namespace is applied");
    }
  }

  /** Whether the CustomResourceDefinition called {@code name} exists (for kubectl wait). */
  public boolean hasCrd(String name) {
    return crdNames.contains(name);
  }

  /** Applies one object, read back from the output; fails if its kind is not served or repeated. */
  public void apply(JsonNode object, String from) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    String key = key(object);
    if (!serves(apiVersion, kind)) {
      throw new AssertionError(
          "applied "
              + key
              + " from "
              + from
              + " before the cluster serves its kind; so far:\n  "
              + String.join("\n  ", log));
    }
    String ns = object.path("metadata").path("namespace").asText("");
    if (!ns.isEmpty()) {
      requireNamespace(ns, "applied " + key + " from " + from + ":");
    }
    if (kind.equals("Namespace") && apiVersion.equals("v1")) {
      namespaces.add(object.path("metadata").path("name").asText());
    }
    if (applied.putIfAbsent(key, object) != null) {
      throw new AssertionError("applied " + key + " twice (again from " + from + ")");
    }
    log.add("applied " + key + " from " + from);
  }

  /** Records a step that is not an object (a helmfile release, a wait). */
  public void note(String step) {
    log.add(step);
  }

  /** Every object applied, by {@link #key(JsonNode)}, in order. */
  public Map<String, JsonNode> applied() {
    return applied;
  }

  /** What happened, in order. */
  public List<String> log() {
    return List.copyOf(log);
  }

  /** {@code apiVersion Kind namespace/name}: what identifies an object in the cluster. */
  public static String key(JsonNode object) {
    String ns = object.path("metadata").path("namespace").asText("");
    return object.path("apiVersion").asText()
        + " "
        + object.path("kind").asText()
        + " "
        + (ns.isEmpty() ? "" : ns + "/")
        + object.path("metadata").path("name").asText();
  }
}
