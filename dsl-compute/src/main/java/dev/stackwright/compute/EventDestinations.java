package dev.stackwright.compute;

import dev.stackwright.core.Component;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.knative.duck.v1.Destination;
import io.fabric8.knative.duck.v1.DestinationBuilder;

/** Knative destinations ({@code ref}s) of the stack's brokers and serverless workloads. */
final class EventDestinations {
  private EventDestinations() {}

  /** The destination of {@code target}, a Broker or a ServerlessWorkload, with an optional path. */
  static Destination of(Component target, SynthContext context, String uriPath) {
    boolean broker = target instanceof Broker;
    return new DestinationBuilder()
        .withNewRef()
        .withApiVersion(broker ? "eventing.knative.dev/v1" : "serving.knative.dev/v1")
        .withKind(broker ? "Broker" : "Service")
        .withName(target.name())
        .withNamespace(context.namespaceOf(target))
        .endRef()
        .withUri(uriPath)
        .build();
  }

  /** What {@code c} is, for messages: {@code workload api (a Deployment)}. */
  static String describe(Component c) {
    String what =
        switch (c.getClass().getSimpleName().replace("Immutable", "")) {
          case "Workload" -> " (a Deployment)";
          case "StatefulWorkload" -> " (a StatefulSet)";
          case "DaemonWorkload" -> " (a DaemonSet)";
          default -> "";
        };
    return c.kind() + " " + c.name() + what;
  }
}
