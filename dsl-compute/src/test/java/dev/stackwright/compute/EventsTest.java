package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.diagram.Diagram;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import io.fabric8.knative.eventing.v1.Trigger;
import io.fabric8.knative.sources.v1.PingSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Knative Eventing: brokers, triggers to serverless workloads, ping sources, and their install. */
class EventsTest {
  static final Path CRDS = Path.of("src/test/resources/crds");

  static final ServerlessWorkload FULFIL =
      ServerlessWorkload.builder().name("fulfil").addContainer(Stacks.app()).maxScale(5).build();

  static final Broker ORDERS =
      Broker.builder().name("orders").delivery(EventDelivery.retries(5, "PT1S")).build();

  static final dev.stackwright.compute.Trigger ON_ORDER =
      dev.stackwright.compute.Trigger.builder()
          .name("on-order")
          .broker(ORDERS)
          .subscriber(FULFIL)
          .path("/events")
          .putFilter("type", "shop.order.created")
          .build();

  static final dev.stackwright.compute.PingSource NIGHTLY =
      dev.stackwright.compute.PingSource.builder()
          .name("nightly")
          .schedule("0 3 * * *")
          .timeZone("Europe/Paris")
          .data("{\"report\":\"daily\"}")
          .sink(ORDERS)
          .build();

  static Stack.Builder stack() {
    return Stack.builder()
        .name("shop")
        .defaultNamespace("shop")
        .addNamespace(Namespace.of("shop"))
        .addNamespace(Namespace.of("knative-operator"))
        .addNamespace(Namespace.of("knative-serving"))
        .addNamespace(Namespace.of("knative-eventing"))
        .target(
            TargetCluster.builder().kubernetesVersion("1.33").provides(Prerequisite.FLUX).build())
        .add(
            KnativeOperator.release("knative-operator"), KnativeServing.of(), KnativeEventing.of());
  }

  @Test
  void triggerDeliversBrokerEventsToAServerlessWorkload() {
    SynthResult result =
        Synthesizer.synthesize(stack().add(FULFIL, ORDERS, ON_ORDER, NIGHTLY).build());
    assertThat(result)
        .object(Trigger.class, "on-order")
        .satisfies(
            t -> {
              assertThat(t.getSpec().getBroker()).isEqualTo("orders");
              assertThat(t.getSpec().getFilter().getAttributes())
                  .isEqualTo(Map.of("type", "shop.order.created"));
              assertThat(t.getSpec().getSubscriber().getRef().getKind()).isEqualTo("Service");
              assertThat(t.getSpec().getSubscriber().getRef().getApiVersion())
                  .isEqualTo("serving.knative.dev/v1");
              assertThat(t.getSpec().getSubscriber().getRef().getName()).isEqualTo("fulfil");
              assertThat(t.getSpec().getSubscriber().getUri()).isEqualTo("/events");
            });
    assertThat(result)
        .object(PingSource.class, "nightly")
        .satisfies(
            p -> {
              assertThat(p.getSpec().getSink().getRef().getKind()).isEqualTo("Broker");
              assertThat(p.getSpec().getTimezone()).isEqualTo("Europe/Paris");
            });
    assertThat(result)
        .object(io.fabric8.knative.eventing.v1.Broker.class, "orders")
        .satisfies(
            b -> {
              assertThat(b.getMetadata().getAnnotations())
                  .containsEntry(Broker.CLASS_ANNOTATION, "MTChannelBasedBroker");
              assertThat(b.getSpec().getDelivery().getBackoffPolicy()).isEqualTo("exponential");
            });
    assertThat(Diagram.mermaid(result))
        .contains("broker_shop_orders --> trigger_shop_on_order")
        .contains("trigger_shop_on_order -- \"shop.order.created\" --> workload_shop_fulfil")
        .contains("pingsource_shop_nightly -- \"0 3 * * *\" --> broker_shop_orders");
  }

  @Test
  void everyCustomResourceIsValidForItsPinnedCrd() {
    SynthResult result =
        Synthesizer.synthesize(stack().add(FULFIL, ORDERS, ON_ORDER, NIGHTLY).build());
    assertThat(result).isOk();
    Map<String, String> crds =
        Map.of(
            "Broker", "eventing.knative.dev_brokers.yaml",
            "Trigger", "eventing.knative.dev_triggers.yaml",
            "PingSource", "sources.knative.dev_pingsources.yaml",
            "KnativeEventing", "operator.knative.dev_knativeeventings.yaml",
            "KnativeServing", "operator.knative.dev_knativeservings.yaml");
    int checked = 0;
    for (HasMetadata o : result.objects()) {
      String crd = crds.get(o.getKind());
      if (crd != null) {
        CrdSchemas.assertValid(o, CRDS.resolve(crd));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(5);
  }

  @Test
  void stagesPutTheOperatorThenKnativeThenTheEventObjects() {
    SynthResult result =
        Synthesizer.synthesize(stack().add(FULFIL, ORDERS, ON_ORDER, NIGHTLY).build());
    assertThat(result).isOk();
    List<List<String>> stages =
        result.stages().stages().stream()
            .map(s -> s.objects().stream().map(SynthObject::describe).toList())
            .toList();
    assertThat(stages).hasSize(3);
    assertThat(stages.get(0)).contains("HelmRelease knative-operator/knative-operator");
    assertThat(stages.get(1))
        .contains(
            "KnativeEventing knative-eventing/knative-eventing",
            "KnativeServing knative-serving/knative-serving");
    assertThat(stages.get(2))
        .contains(
            "Broker shop/orders",
            "Trigger shop/on-order",
            "PingSource shop/nightly",
            "Service shop/fulfil");
  }

  @Test
  void aTriggerWhoseSubscriberIsNotAServerlessWorkloadIsAnError() {
    Workload api = Stacks.api().build();
    dev.stackwright.compute.Trigger bad =
        dev.stackwright.compute.Trigger.builder()
            .name("to-api")
            .broker(ORDERS)
            .subscriber(api)
            .build();
    assertThat(Synthesizer.synthesize(stack().add(api, ORDERS, bad).build()))
        .hasError(
            EventRules.INVALID_SUBSCRIBER,
            "trigger to-api / subscriber",
            "workload api (a Deployment) is not a serverless workload");
  }

  @Test
  void aSourceWhoseSinkCannotReceiveEventsIsAnError() {
    Workload api = Stacks.api().build();
    dev.stackwright.compute.PingSource bad =
        dev.stackwright.compute.PingSource.builder()
            .name("tick")
            .schedule("*/5 * * * *")
            .sink(api)
            .build();
    assertThat(Synthesizer.synthesize(stack().add(api, bad).build()))
        .hasError(EventRules.INVALID_SINK, "pingsource tick / sink");
  }

  @Test
  void badFiltersSchedulesAndDeliveryAreReportedWithPaths() {
    dev.stackwright.compute.Trigger trigger =
        dev.stackwright.compute.Trigger.builder()
            .from(ON_ORDER)
            .putFilter("Event-Type", "x")
            .path("events")
            .delivery(EventDelivery.retries(-1, "1s"))
            .build();
    dev.stackwright.compute.PingSource ping =
        dev.stackwright.compute.PingSource.builder()
            .from(NIGHTLY)
            .schedule("61 * * * *")
            .timeZone("Mars/Base")
            .build();
    assertThat(Synthesizer.synthesize(stack().add(FULFIL, ORDERS, trigger, ping).build()))
        .hasError(EventRules.INVALID_FILTER, "trigger on-order / filters[Event-Type]")
        .hasError(EventRules.INVALID_SUBSCRIBER, "trigger on-order / path")
        .hasError(EventRules.INVALID_DELIVERY, "trigger on-order / delivery.retry")
        .hasError(EventRules.INVALID_DELIVERY, "trigger on-order / delivery.backoffDelay")
        .hasError(ComputeRules.INVALID_SCHEDULE, "pingsource nightly / schedule")
        .hasError("core.invalid-time-zone", "pingsource nightly / timeZone");
  }

  @Test
  void aTriggerInAnotherNamespaceThanItsBrokerIsAnError() {
    dev.stackwright.compute.Trigger elsewhere =
        dev.stackwright.compute.Trigger.builder()
            .from(ON_ORDER)
            .namespace("knative-eventing")
            .build();
    assertThat(Synthesizer.synthesize(stack().add(FULFIL, ORDERS, elsewhere).build()))
        .hasError(EventRules.UNKNOWN_BROKER, "trigger on-order / broker");
  }

  @Test
  void withoutKnativeEventingTheEventKindsHaveNoProvider() {
    Stack stack =
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("shop"))
            .target(
                TargetCluster.builder()
                    .kubernetesVersion("1.33")
                    .provides(Prerequisite.FLUX)
                    .build())
            .add(ORDERS)
            .build();
    assertThat(Synthesizer.synthesize(stack))
        .isNotOk()
        .diagnostics()
        .anyMatch(d -> d.message().contains("Broker"));
  }
}
