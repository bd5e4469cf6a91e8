package dev.stackwright.examples.factory;

import dev.stackwright.compute.BatchJob;
import dev.stackwright.compute.Broker;
import dev.stackwright.compute.DaemonWorkload;
import dev.stackwright.compute.EventDelivery;
import dev.stackwright.compute.KnativeEventing;
import dev.stackwright.compute.KnativeOperator;
import dev.stackwright.compute.KnativeServing;
import dev.stackwright.compute.PingSource;
import dev.stackwright.compute.ServerlessWorkload;
import dev.stackwright.compute.Trigger;
import dev.stackwright.compute.Workload;
import dev.stackwright.compute.vm.Cdi;
import dev.stackwright.compute.vm.CloudInit;
import dev.stackwright.compute.vm.DiskImport;
import dev.stackwright.compute.vm.KubeVirt;
import dev.stackwright.compute.vm.VirtualMachine;
import dev.stackwright.compute.vm.VmDisk;
import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Env;
import dev.stackwright.core.pod.Mount;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.pod.SecretRef;
import java.util.List;

/**
 * Compute: a sensor agent on every node (a DaemonSet), the ingest service buffering measurements on
 * a claim, a one-off schema migration (a Job), the legacy SCADA historian as a KubeVirt virtual
 * machine, and an alerting function on Knative fed by a broker, a trigger and a ping source. Every
 * pod but the VM's runs under the restricted Pod Security Standard.
 */
final class FactoryCompute {
  static final String REGISTRY = "registry.example.com/factory/";
  static final NamedPort HTTP = NamedPort.of("http", 8080);
  static final NamedPort METRICS = NamedPort.of("metrics", 9090);

  final DaemonWorkload agent;
  final Workload ingest;
  final BatchJob migrate;
  final VirtualMachine scada;
  final ServerlessWorkload alert;
  final Broker events;
  final Trigger onAlarm;
  final PingSource shiftReport;

  FactoryCompute(Environment env, FactoryStorage storage) {
    boolean prod = env.is("prod");
    this.agent =
        DaemonWorkload.builder()
            .name("sensor-agent")
            .maxUnavailable("1")
            .addContainer(
                app("sensor-agent", "3.2.0", METRICS)
                    .addEnv(Env.of("INGEST_URL", "http://ingest.factory.svc.cluster.local"))
                    .readinessProbe(Probe.http("/ready", "metrics"))
                    .livenessProbe(Probe.http("/live", "metrics"))
                    .build())
            .build();
    this.ingest =
        Workload.builder()
            .name("ingest")
            // One writer of the node-local buffer.
            .replicas(1)
            .addContainer(
                app("ingest", "1.8.0", HTTP, METRICS)
                    .addEnv(Env.of("BUFFER_DIR", "/var/lib/ingest"))
                    .addEnv(
                        Env.of(
                            "BROKER_URL",
                            "http://broker-ingress.knative-eventing.svc.cluster.local/"
                                + FactoryNamespaces.FUNCTIONS
                                + "/events"))
                    .readinessProbe(Probe.http("/healthz", "http"))
                    .livenessProbe(Probe.http("/livez", "http"))
                    .addMount(Mount.of(storage.buffer, "/var/lib/ingest"))
                    .build())
            .build();
    this.migrate =
        BatchJob.builder()
            .name("migrate-historian")
            .backoffLimit(2)
            .ttlSecondsAfterFinished(3600)
            .addContainer(
                app("historian-migrate", "1.8.0")
                    .addEnv(Env.of("HISTORIAN_URL", "http://scada.vms.svc.cluster.local"))
                    .build())
            .build();
    this.scada =
        VirtualMachine.builder()
            .name("scada")
            .namespace(FactoryNamespaces.VMS)
            .cpuCores(prod ? 4 : 2)
            .memory(prod ? "8Gi" : "4Gi")
            .addDisk(
                VmDisk.imported(
                    "root",
                    DiskImport.http(
                        "https://images.example.com/scada-historian-7.1.qcow2", "40Gi")))
            .addDisk(VmDisk.claim("data", storage.scadaData))
            .cloudInit(CloudInit.fromSecret(SecretRef.externalSecret("scada-cloud-init")))
            .addPort(HTTP)
            .build();
    this.alert =
        ServerlessWorkload.builder()
            .name("alert")
            .namespace(FactoryNamespaces.FUNCTIONS)
            .addContainer(
                Container.builder()
                    .name("app")
                    .image(REGISTRY + "alert:0.9.2")
                    .addPort(HTTP)
                    .resources(Resources.of("50m", "64Mi").limits("250m", "128Mi"))
                    .readinessProbe(Probe.http("/healthz", "http"))
                    .build())
            .maxScale(prod ? 10 : 2)
            .concurrencyTarget(20)
            .build();
    this.events =
        Broker.builder()
            .name("events")
            .namespace(FactoryNamespaces.FUNCTIONS)
            .delivery(EventDelivery.retries(5, "PT1S"))
            .build();
    this.onAlarm =
        Trigger.builder()
            .name("on-alarm")
            .namespace(FactoryNamespaces.FUNCTIONS)
            .broker(events)
            .subscriber(alert)
            .putFilter("type", "factory.line.alarm")
            .build();
    this.shiftReport =
        PingSource.builder()
            .name("shift-report")
            .namespace(FactoryNamespaces.FUNCTIONS)
            .schedule("0 6,14,22 * * *")
            .timeZone("Europe/Berlin")
            .data("{\"report\":\"shift\"}")
            .sink(events)
            .build();
  }

  private static Container.Builder app(String image, String version, NamedPort... ports) {
    Container.Builder c =
        Container.builder()
            .name("app")
            .image(REGISTRY + image + ":" + version)
            .resources(Resources.of("50m", "64Mi").limits("250m", "256Mi"))
            .addMount(Mount.scratch("/tmp"));
    for (NamedPort p : ports) {
      c.addPort(p);
    }
    return c;
  }

  List<Component> components() {
    return List.of(
        KubeVirt.of(),
        Cdi.of(),
        KnativeOperator.release("knative-operator"),
        KnativeServing.of(),
        KnativeEventing.of(),
        agent,
        ingest,
        migrate,
        scada,
        alert,
        events,
        onAlarm,
        shiftReport);
  }
}
