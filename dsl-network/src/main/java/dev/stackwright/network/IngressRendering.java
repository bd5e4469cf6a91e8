package dev.stackwright.network;

import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpecBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders {@link HttpRoutes} as one networking.k8s.io/v1 Ingress. */
final class IngressRendering {
  private IngressRendering() {}

  static List<HasMetadata> render(HttpRoutes r, SynthContext context) {
    IngressSpecBuilder spec = new IngressSpecBuilder();
    r.ingressClassName().ifPresent(spec::withIngressClassName);
    for (Tls tls : r.tls()) {
      spec.addToTls(
          new IngressTLSBuilder().withHosts(tls.hosts()).withSecretName(tls.secretName()).build());
    }
    Map<String, List<HTTPIngressPath>> byHost = new LinkedHashMap<>();
    for (Route route : r.routes()) {
      byHost
          .computeIfAbsent(route.host().orElse(""), h -> new ArrayList<>())
          .add(path(route, context));
    }
    byHost.forEach(
        (host, paths) ->
            spec.addToRules(
                new IngressRuleBuilder()
                    .withHost(host.isEmpty() ? null : host)
                    .withNewHttp()
                    .withPaths(paths)
                    .endHttp()
                    .build()));
    return List.of(
        new IngressBuilder()
            .withMetadata(metadata(r, context, r.name()))
            .withSpec(spec.build())
            .build());
  }

  /** The metadata of an object of {@code r}: labels and annotations of the routes added. */
  static io.fabric8.kubernetes.api.model.ObjectMeta metadata(
      HttpRoutes r, SynthContext context, String objectName) {
    ObjectMetaBuilder meta = context.metadata(r, objectName).addToLabels(new TreeMap<>(r.labels()));
    if (!r.annotations().isEmpty()) {
      meta.withAnnotations(new TreeMap<>(r.annotations()));
    }
    return meta.build();
  }

  private static HTTPIngressPath path(Route route, SynthContext context) {
    Backend backend = route.backends().get(0);
    Service service = RouteChecks.resolve(backend, context);
    ServiceBackendPort port =
        backend.port().chars().allMatch(Character::isDigit)
            ? new ServiceBackendPort(null, Integer.parseInt(backend.port()))
            : new ServiceBackendPort(backend.port(), null);
    return new HTTPIngressPathBuilder()
        .withPath(route.path())
        .withPathType(route.pathType().ingressValue())
        .withNewBackend()
        .withNewService()
        .withName(service.name())
        .withPort(port)
        .endService()
        .endBackend()
        .build();
  }
}
