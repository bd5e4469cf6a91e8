package dev.stackwright.mesh;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ClusterDns;
import dev.stackwright.core.contract.TracingEndpoint;
import dev.stackwright.core.release.ReleaseTarget;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The mesh installation as typed values: which chart version, where it goes, and the mesh-wide
 * settings (access logs, tracing, the CNI plugin). A {@link ServiceMesh} turns it into upstream
 * Helm releases: Istio {@code base}, {@code cni} and {@code istiod}, or Linkerd {@code
 * linkerd-crds}, {@code linkerd2-cni} and {@code linkerd-control-plane}, or the one {@code consul}
 * chart (servers, the connect injector and, with {@link #cni()}, its CNI plugin).
 *
 * <p>Linkerd's identity trust anchor is only ever referenced: the chart is told that an external CA
 * provides the {@code linkerd-identity-trust-roots} ConfigMap and the {@code
 * linkerd-identity-issuer} Secret (for example cert-manager and trust-manager); no key material is
 * part of the definition.
 */
@Value.Immutable
@StackwrightStyle
public abstract class ControlPlane {
  /** The Istio chart version used when none is given. */
  public static final String DEFAULT_ISTIO_VERSION = "1.26.2";

  /** The Linkerd edge chart version used when none is given. */
  public static final String DEFAULT_LINKERD_VERSION = "2025.4.4";

  /** The consul-k8s chart version used when none is given. */
  public static final String DEFAULT_CONSUL_VERSION = "2.0.3";

  /** The HashiCorp chart repository, home of the {@code consul} chart. */
  public static final String CONSUL_REPOSITORY = "https://helm.releases.hashicorp.com";

  /** The Istio chart repository. */
  public static final String ISTIO_REPOSITORY =
      "https://istio-release.storage.googleapis.com/charts";

  /**
   * The Linkerd chart repository: the edge channel, the only one the Linkerd project still
   * publishes charts to (the stable channel stopped at 2.14).
   */
  public static final String LINKERD_REPOSITORY = "https://helm.linkerd.io/edge";

  /** The ConfigMap (key {@code ca-bundle.crt}) holding Linkerd's trust anchors. */
  public static final String LINKERD_TRUST_ROOTS_CONFIGMAP = "linkerd-identity-trust-roots";

  /** The {@code kubernetes.io/tls} Secret holding Linkerd's identity issuer certificate. */
  public static final String LINKERD_ISSUER_SECRET = "linkerd-identity-issuer";

  /** The chart version; the mesh's pinned default when empty. */
  public abstract Optional<String> version();

  /**
   * The namespace the control plane is installed into; {@code istio-system}, {@code linkerd} or
   * {@code consul} when empty. It must be declared in the stack.
   */
  public abstract Optional<String> namespace();

  /** Whether proxies write access logs (Istio to stdout, Linkerd as JSON). */
  @Value.Default
  public boolean accessLogs() {
    return false;
  }

  /** The percentage of requests traced, 0 to 100; no tracing when empty (Istio only). */
  public abstract Optional<Double> tracingSamplingPercent();

  /**
   * The stack's OpenTelemetry collector spans are sent to (Istio only), by type: the observability
   * layer's collector states its address once. The control plane's release then depends on it.
   */
  public abstract Optional<TracingEndpoint> tracingEndpoint();

  /**
   * A collector outside the stack spans are sent to, as {@code host:port} (Istio only); prefer
   * {@link #tracingEndpoint()} for the stack's own collector.
   */
  public abstract Optional<String> tracingCollector();

  /** The OTLP/gRPC address spans go to, from the typed endpoint or the external address. */
  Optional<String> tracingAddress() {
    return tracingEndpoint()
        .map(e -> e.otlpGrpcAddress(ClusterDns.DEFAULT_DOMAIN))
        .or(this::tracingCollector);
  }

  /**
   * Whether the mesh's CNI plugin sets up traffic redirection instead of a privileged init
   * container in every meshed pod; on by default, so meshed pods need no NET_ADMIN capability. The
   * plugin's DaemonSet needs a namespace that allows privileged pods.
   */
  @Value.Default
  public boolean cni() {
    return true;
  }

  /** The namespace of the CNI plugin; the control-plane namespace for Istio, else linkerd-cni. */
  public abstract Optional<String> cniNamespace();

  /** The delivery tool the releases are rendered for; empty follows the stack's delivery. */
  public abstract Optional<ReleaseTarget> target();

  /** The control plane with every default. */
  public static ControlPlane defaults() {
    return builder().build();
  }

  /** A builder for control-plane settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ControlPlane}. */
  public static class Builder extends ImmutableControlPlane.Builder {}
}
