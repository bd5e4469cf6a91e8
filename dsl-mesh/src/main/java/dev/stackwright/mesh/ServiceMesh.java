package dev.stackwright.mesh;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ClusterDns;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The service mesh of a stack: which implementation renders the mesh rules ({@link MeshProvider}),
 * and optionally its installation ({@link ControlPlane}) as upstream Helm releases. Every mesh rule
 * names the mesh, so switching from Istio to Linkerd is one changed line:
 *
 * <pre>{@code
 * ServiceMesh mesh = env.is("prod")
 *     ? ServiceMesh.istio().install(ControlPlane.defaults())
 *     : ServiceMesh.linkerd();
 * stack.add(mesh.components()).add(MeshMembership.of(mesh, "shop"));
 * }</pre>
 *
 * <p>For Linkerd the mesh also synthesizes the policy.linkerd.io {@code Server}s of the stack's
 * workloads, once per workload port, as the mTLS, default-deny and authorization rules require.
 */
@Value.Immutable
@StackwrightStyle
public abstract class ServiceMesh implements Component {
  /** The Istio namespace label that turns on sidecar injection. */
  public static final String ISTIO_INJECTION_LABEL = "istio-injection";

  /** The Istio pod label that opts a pod out of sidecar injection. */
  public static final String ISTIO_INJECT_POD_LABEL = "sidecar.istio.io/inject";

  /**
   * The namespace label the Consul control plane installed by the stack injects by (its chart's
   * {@code connectInject.namespaceSelector}), and the pod annotation that opts a pod out.
   */
  public static final String CONSUL_INJECT_LABEL = "consul.hashicorp.com/connect-inject";

  /** The Linkerd namespace and pod annotation that controls proxy injection. */
  public static final String LINKERD_INJECT_ANNOTATION = "linkerd.io/inject";

  @Override
  public abstract String name();

  /** The mesh implementation every mesh rule renders for. */
  public abstract MeshProvider provider();

  /** The installation of the mesh, when the stack installs it; empty when the cluster has one. */
  public abstract Optional<ControlPlane> controlPlane();

  /**
   * Whether Istio renders {@link MeshRoute}s as Gateway API mesh routes (GAMMA: an HTTPRoute whose
   * parent is the Service) instead of VirtualServices, so a route means the same on Istio and
   * Linkerd (which always uses them); false by default. Needs the Gateway API CRDs in the cluster.
   */
  @Value.Default
  public boolean gammaRoutes() {
    return false;
  }

  /** This mesh, rendering routes as Gateway API mesh routes ({@link #gammaRoutes()}) or not. */
  public abstract ServiceMesh withGammaRoutes(boolean gammaRoutes);

  /** The upstream chart releases that install the control plane, in install order. */
  @Value.Lazy
  public List<ChartRelease> releases() {
    return controlPlane().map(cp -> ControlPlaneReleases.of(provider(), cp)).orElse(List.of());
  }

  /** The control-plane releases followed by the mesh: everything to add to the stack. */
  public List<Component> components() {
    List<Component> all = new ArrayList<>(releases());
    all.add(this);
    return List.copyOf(all);
  }

  @Override
  public List<Component> dependsOn() {
    return List.copyOf(releases());
  }

  @Override
  public String kind() {
    return "mesh";
  }

  @Override
  public Layer layer() {
    return Layer.MESH;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  /** This mesh, installed by the stack with {@code controlPlane}. */
  public ServiceMesh install(ControlPlane controlPlane) {
    return builder().from(this).controlPlane(controlPlane).build();
  }

  /** Whether this mesh is Istio. */
  public boolean isIstio() {
    return provider() == MeshProvider.ISTIO;
  }

  /**
   * An Istio mesh called {@code istio}, installed outside the stack until given a control plane.
   */
  public static ServiceMesh istio() {
    return builder().name("istio").provider(MeshProvider.ISTIO).build();
  }

  /**
   * A Linkerd mesh called {@code linkerd}, installed outside the stack until given a control plane.
   */
  public static ServiceMesh linkerd() {
    return builder().name("linkerd").provider(MeshProvider.LINKERD).build();
  }

  /**
   * A Consul mesh called {@code consul}, installed outside the stack until given a control plane.
   */
  public static ServiceMesh consul() {
    return builder().name("consul").provider(MeshProvider.CONSUL).build();
  }

  /** The mesh of {@code provider}, named after it. */
  public static ServiceMesh of(MeshProvider provider) {
    return switch (provider) {
      case ISTIO -> istio();
      case LINKERD -> linkerd();
      case CONSUL -> consul();
    };
  }

  /** The usual control-plane namespace of {@code provider}. */
  static String defaultNamespace(MeshProvider provider) {
    return switch (provider) {
      case ISTIO -> "istio-system";
      case LINKERD -> "linkerd";
      case CONSUL -> "consul";
    };
  }

  /** A builder for a service mesh. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The namespace of the control plane: the installed one's, else the provider's usual ({@code
   * istio-system}, {@code linkerd}, {@code consul}).
   */
  public String controlPlaneNamespace() {
    return controlPlane()
        .map(cp -> ControlPlaneReleases.namespace(provider(), cp))
        .orElse(defaultNamespace(provider()));
  }

  /**
   * The control-plane ports every proxy calls: istiod's xDS and certificate port 15012 (Istio), or
   * Linkerd's identity 8080, destination 8086 and policy 8090, or the Consul servers' gRPC ports
   * 8502 and 8503 (TLS), which consul-dataplane calls.
   */
  public List<Integer> controlPlanePorts() {
    return switch (provider()) {
      case ISTIO -> List.of(15012);
      case LINKERD -> List.of(8080, 8086, 8090);
      case CONSUL -> List.of(8502, 8503);
    };
  }

  /** The labels that make a namespace a member of this mesh. */
  public Map<String, String> memberNamespaceLabels() {
    return switch (provider()) {
      case ISTIO -> Map.of(ISTIO_INJECTION_LABEL, "enabled");
      case LINKERD -> Map.of();
      case CONSUL -> Map.of(CONSUL_INJECT_LABEL, "enabled");
    };
  }

  /** The annotations that make a namespace a member of this mesh. */
  public Map<String, String> memberNamespaceAnnotations() {
    return provider() == MeshProvider.LINKERD
        ? Map.of(LINKERD_INJECT_ANNOTATION, "enabled")
        : Map.of();
  }

  /**
   * A new namespace called {@code name} that is a member of this mesh, with the injection label
   * (Istio) or annotation (Linkerd). Linkerd reads an annotation, which a {@link MeshMembership}
   * cannot put on a namespace, so Linkerd member namespaces are declared this way.
   */
  public Namespace namespace(String name) {
    return member(Namespace.of(name));
  }

  /** {@code namespace} with this mesh's injection label or annotation added. */
  public Namespace member(Namespace namespace) {
    return Namespace.builder()
        .from(namespace)
        .putAllLabels(memberNamespaceLabels())
        .putAllAnnotations(memberNamespaceAnnotations())
        .build();
  }

  /**
   * A stack patch that opts {@code workload} out of the mesh: it adds {@code
   * sidecar.istio.io/inject: "false"} (Istio), {@code linkerd.io/inject: disabled} (Linkerd) or
   * {@code consul.hashicorp.com/connect-inject: "false"} (Consul) to the pod template of the
   * workload's Deployment, StatefulSet, DaemonSet, Job or CronJob. Add it with {@code
   * Stack.builder().addPatch(mesh.optOut(workload))}.
   */
  public Patch optOut(PodSet workload) {
    return switch (provider()) {
      case ISTIO -> new MeshOptOut(workload, Map.of(ISTIO_INJECT_POD_LABEL, "false"), Map.of());
      case LINKERD ->
          new MeshOptOut(workload, Map.of(), Map.of(LINKERD_INJECT_ANNOTATION, "disabled"));
      case CONSUL -> new MeshOptOut(workload, Map.of(), Map.of(CONSUL_INJECT_LABEL, "false"));
    };
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    List<ServiceMesh> meshes = context.componentsOf(ServiceMesh.class);
    if (meshes.size() > 1) {
      checks.error(
          MeshRules.MULTIPLE_MESHES,
          "",
          "the stack has %d service meshes (%s); a stack renders for one mesh",
          meshes.size(),
          String.join(", ", meshes.stream().map(ServiceMesh::name).toList()));
    }
    if (gammaRoutes() && !isIstio()) {
      checks.error(
          MeshRules.UNSUPPORTED,
          "gammaRoutes",
          "%s always renders mesh routes as Gateway API HTTPRoutes; gammaRoutes chooses them for"
              + " istio only, remove it",
          provider().label());
    }
    controlPlane().ifPresent(cp -> validateControlPlane(cp, context, checks.in("controlPlane")));
  }

  private void validateControlPlane(ControlPlane cp, SynthContext context, Checks checks) {
    cp.tracingSamplingPercent()
        .filter(p -> !(p >= 0 && p <= 100))
        .ifPresent(
            p ->
                checks.error(
                    MeshRules.OUT_OF_RANGE,
                    "tracingSamplingPercent",
                    "expected a percentage from 0 to 100, was %s",
                    p));
    cp.tracingCollector()
        .filter(c -> ControlPlaneReleases.hostPort(c).isEmpty())
        .ifPresent(
            c ->
                checks.error(
                    MeshRules.INVALID_VALUE,
                    "tracingCollector",
                    "expected host:port such as otel-collector.observability:4317, was \"%s\"",
                    c));
    if (cp.tracingEndpoint().isPresent() && cp.tracingCollector().isPresent()) {
      checks.error(
          MeshRules.INVALID_VALUE,
          "tracingCollector",
          "the control plane has both a tracing endpoint and an external collector address; keep"
              + " one");
    }
    if (cp.tracingEndpoint().isPresent()
        && !context.clusterDomain().equals(ClusterDns.DEFAULT_DOMAIN)) {
      checks.error(
          MeshRules.UNSUPPORTED,
          "tracingEndpoint",
          "the control plane's release values are written for cluster domain %s, but the stack's"
              + " is %s; give the collector's address with tracingCollector(\"host:port\")",
          ClusterDns.DEFAULT_DOMAIN,
          context.clusterDomain());
    }
    if (!isIstio()
        && (cp.tracingSamplingPercent().isPresent() || cp.tracingAddress().isPresent())) {
      checks.error(
          MeshRules.UNSUPPORTED,
          "tracingSamplingPercent",
          isIstio()
              ? ""
              : provider() == MeshProvider.LINKERD
                  ? "linkerd's control plane has no tracing settings (tracing comes with the"
                      + " linkerd-jaeger extension); remove tracing from the control plane or"
                      + " choose istio"
                  : "consul's control plane is not given tracing settings here (Consul traces"
                      + " through ProxyDefaults' Envoy configuration); remove tracing from the"
                      + " control plane or choose istio");
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return switch (provider()) {
      case ISTIO -> List.of();
      case LINKERD -> LinkerdServers.render(context);
      case CONSUL -> ConsulDefaults.render(context, this);
    };
  }

  /** Builds a {@link ServiceMesh}. */
  public static class Builder extends ImmutableServiceMesh.Builder {}
}
