package dev.stackwright.compute.vm;

import dev.stackwright.compute.Broker;
import dev.stackwright.compute.EventDelivery;
import dev.stackwright.compute.KnativeEventing;
import dev.stackwright.compute.KnativeOperator;
import dev.stackwright.compute.KnativeServing;
import dev.stackwright.compute.OpenFaas;
import dev.stackwright.compute.OpenFaasFunction;
import dev.stackwright.compute.PingSource;
import dev.stackwright.compute.ServerlessWorkload;
import dev.stackwright.compute.Trigger;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.testing.TestService;
import dev.stackwright.core.validate.Acknowledgement;

/**
 * A stack of everything the compute layer reaches beyond containers, as a platform would put it
 * together: a KubeVirt VM behind a Service, an event-driven serverless workload fed by a broker, a
 * trigger and a ping source, and an OpenFaaS function, with the operators that serve their kinds.
 */
final class ComputeReachStack {
  static final TestClaim DATA = new TestClaim("legacy-data", "vms");

  static final VirtualMachine LEGACY =
      VirtualMachine.builder()
          .name("legacy")
          .namespace("vms")
          .cpuCores(2)
          .memory("4Gi")
          .addDisk(
              VmDisk.imported(
                  "root", DiskImport.http("https://images.example.com/legacy-1.2.qcow2", "20Gi")))
          .addDisk(VmDisk.claim("data", DATA))
          .cloudInit(CloudInit.fromSecret(SecretRef.externalSecret("legacy-cloud-init")))
          .addPort(NamedPort.of("http", 8080))
          .build();

  static final TestService LEGACY_SERVICE = TestService.of(LEGACY, NamedPort.of("http", 80));

  static final ServerlessWorkload FULFIL =
      ServerlessWorkload.builder()
          .name("fulfil")
          .addContainer(
              Container.builder()
                  .name("app")
                  .image("registry.example.com/fulfil:2.0.1")
                  .addPort(NamedPort.of("http", 8080))
                  .resources(Resources.of("100m", "128Mi").limits("500m", "256Mi"))
                  .readinessProbe(Probe.http("/healthz", "http"))
                  .build())
          .maxScale(10)
          .concurrencyTarget(50)
          .build();

  static final Broker ORDERS =
      Broker.builder().name("orders").delivery(EventDelivery.retries(5, "PT1S")).build();

  static final Trigger ON_ORDER =
      Trigger.builder()
          .name("on-order")
          .broker(ORDERS)
          .subscriber(FULFIL)
          .putFilter("type", "shop.order.created")
          .build();

  static final PingSource NIGHTLY =
      PingSource.builder()
          .name("nightly")
          .schedule("0 3 * * *")
          .timeZone("Europe/Paris")
          .data("{\"report\":\"daily\"}")
          .sink(ORDERS)
          .build();

  static final OpenFaasFunction RESIZE =
      OpenFaasFunction.builder()
          .name("resize")
          .namespace("openfaas-fn")
          .image("ghcr.io/acme/resize:1.3.0")
          .resources(Resources.of("50m", "64Mi").limits("500m", "128Mi"))
          .maxScale(10)
          .concurrencyTarget(20)
          .build();

  private ComputeReachStack() {}

  static Stack stack() {
    return Stack.builder()
        .name("reach")
        .defaultNamespace("apps")
        .addNamespace(Namespace.of("apps"))
        .addNamespace(
            Namespace.builder().name("vms").podSecurity(PodSecurityLevel.BASELINE).build())
        .addNamespace(Namespace.existing("kubevirt"))
        .addNamespace(Namespace.of("knative-operator"))
        .addNamespace(Namespace.of("knative-serving"))
        .addNamespace(Namespace.of("knative-eventing"))
        .addNamespace(Namespace.of("openfaas"))
        .addNamespace(Namespace.of("openfaas-fn"))
        .acknowledge(
            Acknowledgement.of(
                "security.pod-security-opt-out",
                "namespace vms / podSecurity",
                "virt-launcher pods need baseline (NET_BIND_SERVICE, writable root filesystem)"))
        .target(
            TargetCluster.builder()
                .kubernetesVersion("1.33")
                .provides(Prerequisite.FLUX, KubeVirtOperators.KUBEVIRT, KubeVirtOperators.CDI)
                .build())
        .add(KubeVirt.of(), Cdi.of())
        .add(KnativeOperator.release("knative-operator"), KnativeServing.of(), KnativeEventing.of())
        .add(OpenFaas.release("openfaas", "openfaas-fn"))
        .add(DATA)
        .add(LEGACY, LEGACY_SERVICE, FULFIL, ORDERS, ON_ORDER, NIGHTLY, RESIZE)
        .build();
  }
}
