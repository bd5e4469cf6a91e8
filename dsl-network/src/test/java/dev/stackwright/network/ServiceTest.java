package dev.stackwright.network;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTest {
  private final TestWorkload api =
      TestWorkload.of("api", NamedPort.of("http", 8080), NamedPort.of("metrics", 9090));

  private io.fabric8.kubernetes.api.model.Service synth(Service service) {
    return Synthesizer.synthesize(Stacks.shop(api, service))
        .orThrow()
        .find(io.fabric8.kubernetes.api.model.Service.class, "shop", service.name())
        .orElseThrow();
  }

  @Test
  void serviceDerivesSelectorAndPortsFromWorkload() {
    var svc = synth(Service.of(api));

    assertThat(svc.getMetadata().getNamespace()).isEqualTo("shop");
    assertThat(svc.getSpec().getType()).isEqualTo("ClusterIP");
    assertThat(svc.getSpec().getSelector())
        .containsExactly(Map.entry("app.kubernetes.io/name", "api"));
    assertThat(svc.getSpec().getPorts())
        .extracting(ServicePort::getName, ServicePort::getPort, ServicePort::getTargetPort)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("http", 8080, new IntOrString("http")),
            org.assertj.core.groups.Tuple.tuple("metrics", 9090, new IntOrString("metrics")));
  }

  @Test
  void servicePortMapsToContainerPortByName() {
    var svc = synth(Service.builder(api).addPort(ExposedPort.of(80, "http")).build());

    ServicePort port = svc.getSpec().getPorts().get(0);
    assertThat(port.getName()).isEqualTo("http");
    assertThat(port.getPort()).isEqualTo(80);
    assertThat(port.getTargetPort()).isEqualTo(new IntOrString("http"));
    assertThat(port.getProtocol()).isEqualTo("TCP");
  }

  @Test
  void numericTargetTakesTheContainerPortsName() {
    var svc = synth(Service.builder(api).addPort(ExposedPort.of(80, 8080)).build());

    assertThat(svc.getSpec().getPorts().get(0).getName()).isEqualTo("http");
    assertThat(svc.getSpec().getPorts().get(0).getTargetPort()).isEqualTo(new IntOrString(8080));
  }

  @Test
  void headlessServiceHasNoClusterIp() {
    var svc =
        synth(
            Service.builder(api)
                .name("api-peers")
                .type(ServiceType.HEADLESS)
                .publishNotReadyAddresses(true)
                .build());

    assertThat(svc.getSpec().getClusterIP()).isEqualTo("None");
    assertThat(svc.getSpec().getType()).isEqualTo("ClusterIP");
    assertThat(svc.getSpec().getPublishNotReadyAddresses()).isTrue();
  }

  @Test
  void nodePortServiceKeepsGivenNodePort() {
    var svc =
        synth(
            Service.builder(api)
                .type(ServiceType.NODE_PORT)
                .addPort(ExposedPort.builder().port(80).target("http").nodePort(30080).build())
                .externalTrafficPolicy(TrafficPolicy.LOCAL)
                .build());

    assertThat(svc.getSpec().getType()).isEqualTo("NodePort");
    assertThat(svc.getSpec().getPorts().get(0).getNodePort()).isEqualTo(30080);
    assertThat(svc.getSpec().getExternalTrafficPolicy()).isEqualTo("Local");
  }

  @Test
  void loadBalancerCarriesAnnotationsSourceRangesAndTrafficPolicy() {
    var svc =
        synth(
            Service.builder(api)
                .type(ServiceType.LOAD_BALANCER)
                .addPort(ExposedPort.of(443, "http"))
                .putAnnotation("service.beta.kubernetes.io/aws-load-balancer-type", "nlb")
                .addLoadBalancerSourceRange("203.0.113.0/24")
                .loadBalancerClass("service.k8s.aws/nlb")
                .externalTrafficPolicy(TrafficPolicy.LOCAL)
                .build());

    assertThat(svc.getSpec().getType()).isEqualTo("LoadBalancer");
    assertThat(svc.getMetadata().getAnnotations())
        .containsEntry("service.beta.kubernetes.io/aws-load-balancer-type", "nlb");
    assertThat(svc.getSpec().getLoadBalancerSourceRanges()).containsExactly("203.0.113.0/24");
    assertThat(svc.getSpec().getLoadBalancerClass()).isEqualTo("service.k8s.aws/nlb");
    assertThat(svc.getSpec().getExternalTrafficPolicy()).isEqualTo("Local");
  }

  @Test
  void clientIpAffinityWithTimeout() {
    var svc =
        synth(
            Service.builder(api)
                .sessionAffinity(SessionAffinity.CLIENT_IP)
                .sessionAffinityTimeoutSeconds(600)
                .build());

    assertThat(svc.getSpec().getSessionAffinity()).isEqualTo("ClientIP");
    assertThat(svc.getSpec().getSessionAffinityConfig().getClientIP().getTimeoutSeconds())
        .isEqualTo(600);
  }

  @Test
  void externalNameServiceAliasesAHostAndSelectsNothing() {
    Service db = Service.externalName("db", "db.prod.example.com");
    var svc =
        Synthesizer.synthesize(Stacks.shop(db))
            .orThrow()
            .find(io.fabric8.kubernetes.api.model.Service.class, "shop", "db")
            .orElseThrow();

    assertThat(svc.getSpec().getType()).isEqualTo("ExternalName");
    assertThat(svc.getSpec().getExternalName()).isEqualTo("db.prod.example.com");
    assertThat(svc.getSpec().getSelector()).isNullOrEmpty();
  }

  @Test
  void serviceDependsOnItsWorkload() {
    assertThat(Service.of(api).dependsOn()).containsExactly(api);
  }

  @Test
  void selectorServiceMatchesWorkloadByLabels() {
    Service svc =
        Service.builder()
            .name("all-api")
            .putSelector("app.kubernetes.io/name", "api")
            .addPort(ExposedPort.of(80, "http"))
            .build();

    assertThat(Stacks.shop(api, svc))
        .isOk()
        .object(io.fabric8.kubernetes.api.model.Service.class, "all-api")
        .extracting(s -> s.getSpec().getSelector())
        .isEqualTo(Map.of("app.kubernetes.io/name", "api"));
  }

  @Test
  void serviceIsLabelledByTheCore() {
    assertThat(synth(Service.of(api)).getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/name", "api")
        .containsEntry("app.kubernetes.io/managed-by", "stackwright")
        .containsEntry("app.kubernetes.io/part-of", "shop");
  }
}
