package dev.stackwright.mesh;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamespaceLabeler;
import dev.stackwright.core.contract.NetworkNeed;
import dev.stackwright.core.contract.NetworkNeeds;
import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.TracingEndpoint;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The namespaces whose pods join the mesh. For Istio it labels each namespace {@code
 * istio-injection: enabled} through the core's namespace labelling. Linkerd reads the {@code
 * linkerd.io/inject: enabled} annotation, which only the namespace's own definition can carry:
 * declare Linkerd members with {@link ServiceMesh#namespace(String)}; a member without the
 * annotation is an error, never a silently unmeshed namespace. Workloads opt out with {@link
 * ServiceMesh#optOut}.
 *
 * <p>Every pod of a member namespace runs a proxy (Istio's gateways too), so the membership needs,
 * for every pod of each member namespace, the control plane's proxy ports ({@link
 * ServiceMesh#controlPlanePorts()}) and, when the control plane sends traces to an endpoint of the
 * stack, that endpoint's OTLP port.
 */
@Value.Immutable
@StackwrightStyle
public abstract class MeshMembership implements MeshPolicy, NamespaceLabeler, NetworkNeeds {

  @Override
  @Value.Default
  public String name() {
    return "members";
  }

  @Override
  public abstract ServiceMesh mesh();

  /** The member namespaces. */
  public abstract List<String> namespaces();

  @Override
  public String kind() {
    return "mesh-membership";
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  /** The membership of {@code namespaces} in {@code mesh}. */
  public static MeshMembership of(ServiceMesh mesh, String... namespaces) {
    return builder().mesh(mesh).addAllNamespaces(Arrays.asList(namespaces)).build();
  }

  /** A builder for a mesh membership. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Map<String, String> namespaceLabels(String namespace) {
    return namespaces().contains(namespace) ? mesh().memberNamespaceLabels() : Map.of();
  }

  @Override
  public List<NetworkNeed> networkNeeds(SynthContext context) {
    List<NetworkNeed> needs = new ArrayList<>();
    NetworkPeer controlPlane = NetworkPeer.namespace(mesh().controlPlaneNamespace());
    Optional<TracingEndpoint> traces =
        mesh().isIstio()
            ? mesh().controlPlane().flatMap(ControlPlane::tracingEndpoint)
            : Optional.empty();
    for (String ns : namespaces()) {
      NetworkPeer proxies = NetworkPeer.selected("mesh-" + mesh().name(), ns, Map.of());
      needs.add(NetworkNeed.of(proxies, controlPlane, mesh().controlPlanePorts()));
      traces.ifPresent(
          t ->
              needs.add(
                  t instanceof PodSet collector
                      ? NetworkNeed.of(
                          proxies, NetworkPeer.pods(collector), String.valueOf(t.otlpGrpcPort()))
                      : NetworkNeed.of(
                          proxies,
                          NetworkPeer.namespace(t.namespace().orElse(ns)),
                          String.valueOf(t.otlpGrpcPort()))));
    }
    return needs;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (namespaces().isEmpty()) {
      checks.error(MeshRules.EMPTY_RULE, "namespaces", "name at least one member namespace");
    }
    Map<String, Namespace> declared = new HashMap<>();
    for (Namespace ns : context.stack().namespaces()) {
      declared.putIfAbsent(ns.name(), ns);
    }
    for (int i = 0; i < namespaces().size(); i++) {
      String field = "namespaces[" + i + "]";
      String name = namespaces().get(i);
      Namespace ns = declared.get(name);
      if (ns == null) {
        checks.error(
            MeshRules.UNKNOWN_NAMESPACE,
            field,
            "namespace \"%s\" is not declared in the stack; add %s",
            name,
            hint(name));
        continue;
      }
      if (mesh().provider() == MeshProvider.LINKERD
          && !ns.existing()
          && !"enabled".equals(ns.annotations().get(ServiceMesh.LINKERD_INJECT_ANNOTATION))) {
        checks.error(
            MeshRules.NAMESPACE_NOT_ANNOTATED,
            field,
            "linkerd injects namespaces annotated %s: enabled, and namespace \"%s\" is not;"
                + " declare it as %s",
            ServiceMesh.LINKERD_INJECT_ANNOTATION,
            name,
            hint(name));
      }
      boolean sidecarsNeedCapabilities = mesh().controlPlane().map(cp -> !cp.cni()).orElse(false);
      if (sidecarsNeedCapabilities && ns.podSecurity() != PodSecurityLevel.PRIVILEGED) {
        checks.warn(
            MeshRules.REQUIRES_CNI,
            field,
            "without the CNI plugin every meshed pod gets an init container with NET_ADMIN and"
                + " NET_RAW, which the %s Pod Security Standard of namespace \"%s\" rejects;"
                + " keep ControlPlane.cni() on",
            ns.podSecurity().label(),
            name);
      }
    }
  }

  private static String hint(String name) {
    return "mesh.namespace(\"" + name + "\") to the stack's namespaces";
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }

  /** Builds a {@link MeshMembership}. */
  public static class Builder extends ImmutableMeshMembership.Builder {}
}
