package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.validate.Rules;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceBadInputTest {
  private final TestWorkload api = TestWorkload.http("api");

  @Test
  void servicePortNamingAMissingContainerPortIsAnError() {
    Service svc = Service.builder(api).addPort(ExposedPort.of(80, "grpc")).build();

    assertThat(Stacks.shop(api, svc))
        .hasError(NetworkRules.UNKNOWN_TARGET_PORT, "stack shop / service api / ports[0].target");
  }

  @Test
  void serviceOfAWorkloadOutsideTheStackIsAnError() {
    assertThat(Stacks.shop(Service.of(api)))
        .hasError(Rules.UNKNOWN_REFERENCE, "service api / dependsOn[0]");
  }

  @Test
  void selectorMatchingNoWorkloadIsAnError() {
    Service svc =
        Service.builder()
            .name("ghost")
            .putSelector("app.kubernetes.io/name", "nobody")
            .addPort(ExposedPort.of(80, 8080))
            .build();

    assertThat(Stacks.shop(api, svc))
        .hasError(NetworkRules.SELECTOR_MATCHES_NOTHING, "service ghost / selector");
  }

  @Test
  void selectorOnlyMatchesWorkloadsOfTheServicesNamespace() {
    TestWorkload elsewhere = TestWorkload.http("api").withNamespace("other");
    Service svc =
        Service.builder()
            .name("ghost")
            .putSelector("app.kubernetes.io/name", "api")
            .addPort(ExposedPort.of(80, 8080))
            .build();

    assertThat(
            Stacks.builder(elsewhere, svc)
                .addNamespace(dev.stackwright.core.Namespace.of("other"))
                .build())
        .hasError(NetworkRules.SELECTOR_MATCHES_NOTHING, "service ghost / selector");
  }

  @Test
  void workloadWithoutSelectorLabelsIsAnError() {
    TestWorkload unlabelled = TestWorkload.http("bare").withSelectorLabels(Map.of());

    assertThat(Stacks.shop(unlabelled, Service.of(unlabelled)))
        .hasError(NetworkRules.SELECTOR_MATCHES_NOTHING, "service bare / target");
  }

  @Test
  void serviceWithNeitherWorkloadNorSelectorIsAnError() {
    Service svc = Service.builder().name("empty").addPort(ExposedPort.of(80, 8080)).build();

    assertThat(Stacks.shop(svc))
        .hasError(NetworkRules.SELECTOR_MATCHES_NOTHING, "service empty / target");
  }

  @Test
  void loadBalancerFieldsOnAClusterIpServiceAreAnError() {
    Service svc =
        Service.builder(api)
            .addLoadBalancerSourceRange("10.0.0.0/8")
            .externalTrafficPolicy(TrafficPolicy.LOCAL)
            .build();

    assertThat(Stacks.shop(api, svc))
        .hasError(NetworkRules.SERVICE_TYPE_MISMATCH, "service api / loadBalancerSourceRanges")
        .hasError(NetworkRules.SERVICE_TYPE_MISMATCH, "service api / externalTrafficPolicy");
  }

  @Test
  void invalidSourceRangeIsAnError() {
    Service svc =
        Service.builder(api)
            .type(ServiceType.LOAD_BALANCER)
            .addLoadBalancerSourceRange("10.0.0.0/33")
            .build();

    assertThat(Stacks.shop(api, svc))
        .hasError(NetworkRules.INVALID_CIDR, "service api / loadBalancerSourceRanges[0]");
  }

  @Test
  void duplicatePortsAreAnError() {
    Service svc =
        Service.builder(api)
            .addPort(ExposedPort.of(80, "http"))
            .addPort(ExposedPort.of(80, "http"))
            .build();

    assertThat(Stacks.shop(api, svc))
        .hasError(NetworkRules.DUPLICATE_SERVICE_PORT, "service api / ports[1].name")
        .hasError(NetworkRules.DUPLICATE_SERVICE_PORT, "service api / ports[1].port");
  }

  @Test
  void serviceInAnotherNamespaceThanItsWorkloadIsAnError() {
    Service svc = Service.builder(api).namespace("other").build();

    assertThat(
            Stacks.builder(api, svc)
                .addNamespace(dev.stackwright.core.Namespace.of("other"))
                .build())
        .hasError(NetworkRules.NAMESPACE_MISMATCH, "service api / namespace");
  }

  @Test
  void externalNameMustBeADnsName() {
    assertThat(Stacks.shop(Service.externalName("db", "not a host")))
        .hasError(NetworkRules.INVALID_HOST, "service db / externalName");
  }

  @Test
  void serviceNameMustStartWithALetter() {
    Service svc = Service.builder(api).name("1api").build();

    assertThat(Stacks.shop(api, svc)).hasError(Rules.INVALID_NAME, "service 1api / name");
  }

  @Test
  void workloadWithoutPortsGivesAServiceWithoutPorts() {
    TestWorkload quiet = TestWorkload.of("quiet");

    assertThat(Stacks.shop(quiet, Service.of(quiet)))
        .hasError(NetworkRules.SERVICE_WITHOUT_PORTS, "service quiet / ports");
  }
}
