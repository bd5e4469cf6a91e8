package dev.stackwright.mesh;

import dev.stackwright.core.contract.ClusterDns;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.istio.api.api.networking.v1alpha3.ClientTLSSettingsTLSmode;
import io.fabric8.istio.api.api.networking.v1alpha3.TrafficPolicy;
import io.fabric8.istio.api.api.networking.v1alpha3.TrafficPolicyBuilder;
import io.fabric8.istio.api.api.security.v1beta1.PeerAuthenticationMutualTLSMode;
import io.fabric8.istio.api.networking.v1.DestinationRuleBuilder;
import io.fabric8.istio.api.security.v1.PeerAuthenticationBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Renders {@link MutualTls} for Istio, and tells other Istio rules the mode a pod set is in. */
final class IstioMtls {
  private IstioMtls() {}

  static List<HasMetadata> render(SynthContext context, MutualTls mtls) {
    String ns = mtls.coveredNamespace(context);
    List<HasMetadata> out = new ArrayList<>();
    var peer =
        new PeerAuthenticationBuilder()
            .withMetadata(context.metadata(mtls).withNamespace(ns).build())
            .withNewSpec()
            .withNewMtls()
            .withMode(
                mtls.mode() == MtlsMode.STRICT
                    ? PeerAuthenticationMutualTLSMode.STRICT
                    : PeerAuthenticationMutualTLSMode.PERMISSIVE)
            .endMtls();
    mtls.workload()
        .ifPresent(
            w ->
                peer.withNewSelector()
                    .withMatchLabels(new TreeMap<>(w.selectorLabels()))
                    .endSelector());
    out.add(peer.endSpec().build());
    if (mtls.mode() != MtlsMode.STRICT) {
      return out;
    }
    if (mtls.workload().isEmpty()) {
      out.add(
          new DestinationRuleBuilder()
              .withMetadata(context.metadata(mtls).withNamespace(ns).build())
              .withNewSpec()
              .withHost(ClusterDns.namespaceWildcard(ns, context.clusterDomain()))
              .withTrafficPolicy(mutual())
              .endSpec()
              .build());
      return out;
    }
    MeshIndex index = MeshIndex.of(context);
    for (ServiceEndpoint service : index.servicesOf(context.idOf(mtls.workload().get()))) {
      if (!index.hasDestinationRule(context, service)) {
        out.add(
            new DestinationRuleBuilder()
                .withMetadata(
                    context
                        .metadata(mtls, service.name() + "-mtls")
                        .withNamespace(context.namespaceOf(service))
                        .build())
                .withNewSpec()
                .withHost(MeshNames.fqdn(context, service))
                .withTrafficPolicy(mutual())
                .endSpec()
                .build());
      }
    }
    return out;
  }

  /** A traffic policy whose client side uses Istio's mutual TLS. */
  static TrafficPolicy mutual() {
    return new TrafficPolicyBuilder()
        .withNewTls()
        .withMode(ClientTLSSettingsTLSmode.ISTIO_MUTUAL)
        .endTls()
        .build();
  }

  /** The mTLS mode in effect for {@code pods}: its own setting, else its namespace's. */
  static Optional<MtlsMode> modeOf(SynthContext context, PodSet pods) {
    return MeshIndex.of(context).modeOf(context, pods);
  }
}
