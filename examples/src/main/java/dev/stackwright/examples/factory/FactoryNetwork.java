package dev.stackwright.examples.factory;

import dev.stackwright.core.Component;
import dev.stackwright.network.Cidr;
import dev.stackwright.network.Connections;
import dev.stackwright.network.ExposedPort;
import dev.stackwright.network.PolicyEngine;
import dev.stackwright.network.Service;
import java.util.List;

/**
 * Network: a Service for the node agents, the ingest API and the SCADA VM, and the traffic the
 * factory allows, declared once as connections and enforced by Cilium: the VM and the node agents
 * send to ingest, the migration reaches the VM, ingest publishes to the cloud's telemetry endpoint
 * and the alert function calls the paging service, both by DNS name.
 */
final class FactoryNetwork {
  /** Where the edge cluster's API server listens. */
  static final Cidr CONTROL_PLANE = Cidr.of("10.10.0.0/28");

  /** The cloud endpoint the line's measurements are forwarded to. */
  static final String TELEMETRY = "telemetry.example.com";

  /** The paging service the alert function calls. */
  static final String PAGING = "events.pagerduty.com";

  private final FactoryCompute compute;
  final Service agent;
  final Service ingest;
  final Service scada;

  FactoryNetwork(FactoryCompute compute) {
    this.compute = compute;
    // The agents' metrics; Consul also registers them under it, as the sources of their calls.
    this.agent = Service.builder(compute.agent).addPort(ExposedPort.of(9090, "metrics")).build();
    this.ingest =
        Service.builder(compute.ingest)
            .addPort(ExposedPort.of(80, "http"))
            .addPort(ExposedPort.of(9090, "metrics"))
            .build();
    this.scada = Service.builder(compute.scada).addPort(ExposedPort.of(80, "http")).build();
  }

  Connections connections() {
    return Connections.builder()
        .name("factory")
        .policyEngine(PolicyEngine.CILIUM)
        .apiServer(CONTROL_PLANE)
        .allow(compute.agent, compute.ingest, "http")
        .allow(compute.scada, compute.ingest, "http")
        .allow(compute.migrate, compute.scada, "http")
        .allowToDnsName(compute.ingest, TELEMETRY, 443)
        .allowToDnsName(compute.alert, PAGING, 443)
        .build();
  }

  List<Component> components() {
    return List.of(agent, ingest, scada, connections());
  }
}
