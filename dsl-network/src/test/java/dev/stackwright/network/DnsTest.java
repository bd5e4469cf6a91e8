package dev.stackwright.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackwright.core.testing.TestWorkload;
import org.junit.jupiter.api.Test;

class DnsTest {
  private final Service api = Service.of(TestWorkload.http("api"));

  @Test
  void dnsGivesShortNamespacedAndFullyQualifiedNames() {
    Dns dns = Dns.of(api, "shop");

    assertThat(dns.name()).isEqualTo("api");
    assertThat(dns.namespacedName()).isEqualTo("api.shop");
    assertThat(dns.fqdn()).isEqualTo("api.shop.svc.cluster.local");
    assertThat(dns.url("http", 8080)).isEqualTo("http://api.shop.svc.cluster.local:8080");
  }

  @Test
  void serviceNamespaceWinsOverTheDefault() {
    Service other = Service.of(TestWorkload.http("api").withNamespace("payments"));

    assertThat(Dns.of(other, "shop").namespacedName()).isEqualTo("api.payments");
    assertThat(Dns.of(other).namespacedName()).isEqualTo("api.payments");
  }

  @Test
  void clusterDomainIsConfigurable() {
    assertThat(Dns.of("api", "shop").withClusterDomain("corp.internal").fqdn())
        .isEqualTo("api.shop.svc.corp.internal");
  }

  @Test
  void serviceWithoutNamespaceNeedsOne() {
    assertThatThrownBy(() -> Dns.of(api))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Dns.of(service, \"<namespace>\")");
  }
}
