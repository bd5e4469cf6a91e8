package dev.stackwright.mesh;

import dev.stackwright.core.Component;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.contract.PortRef;
import dev.stackwright.core.release.ChartRelease;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns {@link ControlPlane} settings into the upstream chart releases of each mesh. */
final class ControlPlaneReleases {
  /**
   * The CRDs of Istio's {@code base} chart ({@code files/crd-all.gen.yaml}, always installed, at
   * 1.26.2).
   */
  static final List<CrdSet> ISTIO_CRDS =
      List.of(
          CrdSet.of("extensions.istio.io", "WasmPlugin"),
          CrdSet.of(
              "networking.istio.io",
              "DestinationRule",
              "EnvoyFilter",
              "Gateway",
              "ProxyConfig",
              "ServiceEntry",
              "Sidecar",
              "VirtualService",
              "WorkloadEntry",
              "WorkloadGroup"),
          CrdSet.of(
              "security.istio.io",
              "AuthorizationPolicy",
              "PeerAuthentication",
              "RequestAuthentication"),
          CrdSet.of("telemetry.istio.io", "Telemetry"));

  /**
   * The CRDs of Linkerd's {@code linkerd-crds} chart (edge-25.4.4): its own kinds always, and the
   * Gateway API route kinds unless {@code installGatewayAPI} is false.
   */
  static final List<CrdSet> LINKERD_CRDS =
      List.of(
          CrdSet.of(
              "policy.linkerd.io",
              "AuthorizationPolicy",
              "EgressNetwork",
              "HTTPLocalRateLimitPolicy",
              "HTTPRoute",
              "MeshTLSAuthentication",
              "NetworkAuthentication",
              "Server",
              "ServerAuthorization"),
          CrdSet.of("linkerd.io", "ServiceProfile"),
          CrdSet.of("workload.linkerd.io", "ExternalWorkload"),
          CrdSet.of("gateway.networking.k8s.io", "GRPCRoute", "HTTPRoute", "TCPRoute", "TLSRoute")
              .switchedBy("installGatewayAPI"));

  /** The gateway class istiod serves (its {@code PILOT_GATEWAY_API_DEFAULT_GATEWAYCLASS_NAME}). */
  static final String ISTIO_GATEWAY_CLASS = "istio";

  private ControlPlaneReleases() {}

  static String namespace(MeshProvider provider, ControlPlane plane) {
    return plane.namespace().orElse(ServiceMesh.defaultNamespace(provider));
  }

  static List<ChartRelease> of(MeshProvider provider, ControlPlane plane) {
    return switch (provider) {
      case ISTIO -> istio(plane);
      case LINKERD -> linkerd(plane);
      case CONSUL -> consul(plane);
    };
  }

  /**
   * The {@code consul} chart: servers, and the connect injector injecting every pod of the
   * namespaces labelled {@value ServiceMesh#CONSUL_INJECT_LABEL}{@code : enabled} (the chart's
   * {@code connectInject.namespaceSelector}), with its CNI plugin unless {@link ControlPlane#cni()}
   * is off. It installs the consul.hashicorp.com CRDs.
   */
  private static List<ChartRelease> consul(ControlPlane plane) {
    String ns = namespace(MeshProvider.CONSUL, plane);
    String version = plane.version().orElse(ControlPlane.DEFAULT_CONSUL_VERSION);
    Map<String, Object> inject = new LinkedHashMap<>();
    inject.put("enabled", true);
    inject.put("default", true);
    inject.put(
        "namespaceSelector",
        "{\"matchLabels\":{\"" + ServiceMesh.CONSUL_INJECT_LABEL + "\":\"enabled\"}}");
    inject.put("transparentProxy", Map.of("defaultEnabled", true));
    if (plane.cni()) {
      inject.put("cni", Map.of("enabled", true));
    }
    ChartRelease consul =
        release(plane, "consul", ns, "consul", ControlPlane.CONSUL_REPOSITORY, version)
            .putValue("global", Map.of("name", "consul"))
            .putValue("connectInject", inject)
            .addCrdSet(ConsulApi.CRDS)
            .build();
    return List.of(consul);
  }

  private static List<ChartRelease> istio(ControlPlane plane) {
    String ns = namespace(MeshProvider.ISTIO, plane);
    String version = plane.version().orElse(ControlPlane.DEFAULT_ISTIO_VERSION);
    ChartRelease base =
        release(plane, "istio-base", ns, "base", ControlPlane.ISTIO_REPOSITORY, version)
            .putValue("defaultRevision", "default")
            .addAllCrdSets(ISTIO_CRDS)
            .build();
    List<ChartRelease> releases = new ArrayList<>();
    releases.add(base);
    List<Component> istiodNeeds = new ArrayList<>();
    istiodNeeds.add(base);
    if (plane.cni()) {
      ChartRelease cni =
          release(
                  plane,
                  "istio-cni",
                  plane.cniNamespace().orElse(ns),
                  "cni",
                  ControlPlane.ISTIO_REPOSITORY,
                  version)
              .addDependsOn(base)
              .build();
      releases.add(cni);
      istiodNeeds.add(cni);
    }
    Map<String, Object> meshConfig = new LinkedHashMap<>();
    if (plane.accessLogs()) {
      meshConfig.put("accessLogFile", "/dev/stdout");
      meshConfig.put("accessLogEncoding", "JSON");
    }
    if (plane.tracingSamplingPercent().isPresent() || plane.tracingAddress().isPresent()) {
      meshConfig.put("enableTracing", true);
      plane
          .tracingSamplingPercent()
          .ifPresent(
              p -> meshConfig.put("defaultConfig", Map.of("tracing", Map.of("sampling", p))));
      plane
          .tracingAddress()
          .flatMap(ControlPlaneReleases::hostPort)
          .ifPresent(
              otel -> {
                meshConfig.put(
                    "extensionProviders",
                    List.of(Map.of("name", "otel-tracing", "opentelemetry", otel)));
                meshConfig.put("defaultProviders", Map.of("tracing", List.of("otel-tracing")));
              });
    }
    ChartRelease.Builder istiod =
        release(plane, "istiod", ns, "istiod", ControlPlane.ISTIO_REPOSITORY, version)
            .addAllDependsOn(istiodNeeds)
            .addServedGatewayClass(ISTIO_GATEWAY_CLASS);
    plane
        .tracingEndpoint()
        .filter(Component.class::isInstance)
        .map(Component.class::cast)
        .ifPresent(istiod::addDependsOn);
    if (!meshConfig.isEmpty()) {
      istiod.putValue("meshConfig", meshConfig);
    }
    if (plane.cni()) {
      istiod.putValue("pilot", Map.of("cni", Map.of("enabled", true)));
    }
    releases.add(istiod.build());
    return List.copyOf(releases);
  }

  private static List<ChartRelease> linkerd(ControlPlane plane) {
    String ns = namespace(MeshProvider.LINKERD, plane);
    String version = plane.version().orElse(ControlPlane.DEFAULT_LINKERD_VERSION);
    ChartRelease crds =
        release(plane, "linkerd-crds", ns, "linkerd-crds", ControlPlane.LINKERD_REPOSITORY, version)
            .addAllCrdSets(LINKERD_CRDS)
            .build();
    List<ChartRelease> releases = new ArrayList<>();
    releases.add(crds);
    ChartRelease.Builder controlPlane =
        release(
                plane,
                "linkerd-control-plane",
                ns,
                "linkerd-control-plane",
                ControlPlane.LINKERD_REPOSITORY,
                version)
            .addDependsOn(crds)
            .putValue(
                "identity",
                Map.of("externalCA", true, "issuer", Map.of("scheme", "kubernetes.io/tls")));
    if (plane.cni()) {
      ChartRelease cni =
          release(
                  plane,
                  "linkerd-cni",
                  plane.cniNamespace().orElse("linkerd-cni"),
                  "linkerd2-cni",
                  ControlPlane.LINKERD_REPOSITORY,
                  version)
              .build();
      releases.add(cni);
      controlPlane.addDependsOn(cni).putValue("cniEnabled", true);
    }
    if (plane.accessLogs()) {
      controlPlane.putValue("proxy", Map.of("accessLog", "json"));
    }
    releases.add(controlPlane.build());
    return List.copyOf(releases);
  }

  /** The {@code service} and {@code port} of a {@code host:port} address, when it is one. */
  static Optional<Map<String, Object>> hostPort(String address) {
    int colon = address.lastIndexOf(':');
    if (colon <= 0 || colon == address.length() - 1) {
      return Optional.empty();
    }
    String port = address.substring(colon + 1);
    if (!PortRef.of(port).isNumber() || PortRef.of(port).number() == 0) {
      return Optional.empty();
    }
    Map<String, Object> otel = new LinkedHashMap<>();
    otel.put("service", address.substring(0, colon));
    otel.put("port", PortRef.of(port).number());
    return Optional.of(otel);
  }

  private static ChartRelease.Builder release(
      ControlPlane plane, String name, String ns, String chart, String repo, String version) {
    return ChartRelease.builder()
        .name(name)
        .namespace(ns)
        .chart(chart)
        .repository(repo)
        .version(version)
        .target(plane.target());
  }
}
