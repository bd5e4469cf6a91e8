package dev.stackwright.security.certificates;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How an ACME issuer proves it controls a name: an HTTP-01 challenge answered through an ingress
 * class or a Gateway, or a DNS-01 challenge answered in a DNS provider (the only way to a wildcard
 * certificate), optionally only for some DNS zones.
 *
 * <pre>{@code
 * AcmeSolver.http01Ingress("nginx")
 * AcmeSolver.dns01Route53("eu-central-1", "Z0123456789").forZones("example.com")
 * }</pre>
 */
@Value.Immutable
public abstract class AcmeSolver {

  /** The challenge type: {@code http01} or {@code dns01}. */
  @Value.Parameter
  public abstract String challenge();

  /** The solver's settings under the challenge type, as the Issuer CRD spells them. */
  @Value.Parameter
  public abstract Map<String, Object> settings();

  /** The DNS zones this solver is for; every name when empty. */
  public abstract List<String> dnsZones();

  /** HTTP-01, answered by a temporary Ingress of class {@code ingressClassName}. */
  public static AcmeSolver http01Ingress(String ingressClassName) {
    return ImmutableAcmeSolver.of(
        "http01", Map.of("ingress", Map.of("ingressClassName", ingressClassName)));
  }

  /** HTTP-01, answered by a temporary HTTPRoute on Gateway {@code gateway} of {@code namespace}. */
  public static AcmeSolver http01Gateway(String gateway, String namespace) {
    return ImmutableAcmeSolver.of(
        "http01",
        Map.of(
            "gatewayHTTPRoute",
            Map.of(
                "parentRefs",
                List.of(Map.of("name", gateway, "namespace", namespace, "kind", "Gateway")))));
  }

  /**
   * DNS-01 in Route 53 (hosted zone {@code hostedZoneId} in {@code region}), with the credentials
   * of cert-manager's pod (IRSA or EKS Pod Identity).
   */
  public static AcmeSolver dns01Route53(String region, String hostedZoneId) {
    return ImmutableAcmeSolver.of(
        "dns01", Map.of("route53", Map.of("region", region, "hostedZoneID", hostedZoneId)));
  }

  /**
   * DNS-01 at Cloudflare with the API token under {@code key} of Secret {@code secretName} in
   * cert-manager's namespace (a ClusterIssuer) or the Issuer's.
   */
  public static AcmeSolver dns01Cloudflare(String secretName, String key) {
    return ImmutableAcmeSolver.of(
        "dns01",
        Map.of("cloudflare", Map.of("apiTokenSecretRef", Map.of("name", secretName, "key", key))));
  }

  /** Any solver: {@code settings} under challenge type {@code challenge}. */
  public static AcmeSolver custom(String challenge, Map<String, Object> settings) {
    return ImmutableAcmeSolver.of(challenge, settings);
  }

  /** This solver, used only for names in {@code zones}. */
  public AcmeSolver forZones(String... zones) {
    return ImmutableAcmeSolver.builder().from(this).addDnsZones(zones).build();
  }

  /** The solver as an entry of the issuer's {@code acme.solvers}. */
  Map<String, Object> toSpec() {
    Map<String, Object> spec = new TreeMap<>();
    spec.put(challenge(), settings());
    if (!dnsZones().isEmpty()) {
      spec.put("selector", Map.of("dnsZones", List.copyOf(dnsZones())));
    }
    return spec;
  }
}
