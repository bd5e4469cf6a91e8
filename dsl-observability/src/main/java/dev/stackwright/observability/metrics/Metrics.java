package dev.stackwright.observability.metrics;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.NetworkNeed;
import dev.stackwright.core.contract.NetworkNeeds;
import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodDecorator;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.ServiceEndpoint;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.Durations;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.EndpointBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpointBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitorBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A declaration that a workload or a service exposes Prometheus metrics. For a workload ({@link
 * PodSet}) it synthesizes a Prometheus-operator {@code PodMonitor} selecting the workload's pods;
 * for a service ({@link ServiceEndpoint}) a {@code ServiceMonitor} selecting the Service. On a
 * cluster without the operator ({@code prometheusOperator(false)}) it synthesizes nothing: the
 * {@code prometheus.io/*} annotations of {@link #scrapeAnnotations()} are then what the pods (or
 * the Service) must carry, applied by the layer that owns them.
 *
 * <p>With a monitoring stack it needs that stack's namespace to reach the metrics port of the
 * scraped pods (for a service, the port of the same name on the pods behind it); without one, who
 * scrapes is unknown and it needs nothing.
 *
 * <pre>{@code
 * Metrics apiMetrics = Metrics.of(api).port("metrics").path("/actuator/prometheus")
 *     .interval("30s").monitoringStack(monitoring).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Metrics implements Component, PodDecorator, NetworkNeeds {

  /** The annotation that tells an annotation-driven Prometheus to scrape a pod or service. */
  public static final String SCRAPE_ANNOTATION = "prometheus.io/scrape";

  /** The annotation naming the port number to scrape. */
  public static final String PORT_ANNOTATION = "prometheus.io/port";

  /** The annotation naming the path to scrape. */
  public static final String PATH_ANNOTATION = "prometheus.io/path";

  /** The workload whose pods are scraped directly (a PodMonitor). */
  public abstract Optional<PodSet> podSet();

  /** The service whose endpoints are scraped (a ServiceMonitor). */
  public abstract Optional<ServiceEndpoint> service();

  /** The monitor's name; the workload's or service's name by default. */
  @Override
  @Value.Default
  public String name() {
    return target().map(Component::name).orElse("metrics");
  }

  /** The metrics port, by name (or number) as the workload or service declares it. */
  @Value.Default
  public String port() {
    return "metrics";
  }

  /** The HTTP path the metrics are served on. */
  @Value.Default
  public String path() {
    return "/metrics";
  }

  /** How often Prometheus scrapes (a Prometheus duration). */
  @Value.Default
  public String interval() {
    return "30s";
  }

  /** How long one scrape may take; Prometheus' default when empty. */
  public abstract Optional<String> scrapeTimeout();

  /**
   * Whether the cluster runs the Prometheus operator. When it does not, nothing is synthesized and
   * {@link #scrapeAnnotations()} says how the pods must be annotated instead.
   */
  @Value.Default
  public boolean prometheusOperator() {
    return true;
  }

  /** The release that installs the operator's CRDs; the monitor is ordered after it. */
  public abstract Optional<Component> monitoringStack();

  /** Extra labels on the monitor object. */
  public abstract Map<String, String> labels();

  /** The scraped workload or service. */
  public Optional<Component> target() {
    return podSet().<Component>map(p -> p).or(() -> service().map(s -> s));
  }

  @Override
  public Optional<String> namespace() {
    return target().flatMap(Component::namespace);
  }

  @Override
  public String kind() {
    return "metrics";
  }

  @Override
  public Layer layer() {
    return Layer.OBSERVABILITY;
  }

  @Override
  public List<Component> dependsOn() {
    return monitoringStack().map(List::of).orElse(List.of());
  }

  /** Starts the metrics declaration of a workload: its pods are scraped through a PodMonitor. */
  public static Builder of(PodSet podSet) {
    return builder().podSet(podSet);
  }

  /** Starts the metrics declaration of a service: it is scraped through a ServiceMonitor. */
  public static Builder of(ServiceEndpoint service) {
    return builder().service(service);
  }

  /** A builder for a metrics declaration. */
  public static Builder builder() {
    return new Builder();
  }

  /** The metrics port as the target declares it, if it does. */
  public Optional<NamedPort> resolvedPort() {
    if (podSet().isPresent()) {
      return podSet().get().port(port());
    }
    return service()
        .flatMap(
            s ->
                s.servicePorts().stream()
                    .filter(p -> p.name().equals(port()) || String.valueOf(p.port()).equals(port()))
                    .findFirst());
  }

  @Override
  public List<NetworkNeed> networkNeeds(SynthContext context) {
    if (monitoringStack().isEmpty() || !context.contains(monitoringStack().get())) {
      return List.of();
    }
    NetworkPeer scraper = NetworkPeer.namespace(context.namespaceOf(monitoringStack().get()));
    Optional<PodSet> pods = podSet().or(() -> service().flatMap(ServiceEndpoint::backend));
    if (pods.isEmpty() || (podSet().isEmpty() && pods.get().port(port()).isEmpty())) {
      return List.of();
    }
    return List.of(NetworkNeed.of(scraper, NetworkPeer.pods(pods.get()), port()));
  }

  /** Without the Prometheus operator, the workload's pods carry the scrape annotations. */
  @Override
  public List<PodSet> decorates() {
    return prometheusOperator() ? List.of() : podSet().map(List::of).orElse(List.of());
  }

  @Override
  public Map<String, String> podAnnotations(PodSet pods, SynthContext context) {
    return scrapeAnnotations();
  }

  /**
   * The {@code prometheus.io/scrape}, {@code port} and {@code path} annotations for clusters whose
   * Prometheus discovers targets by annotation; the compute layer (or network layer, for a service)
   * puts them on the pods. The port is left out when the target does not expose it.
   */
  public Map<String, String> scrapeAnnotations() {
    Map<String, String> annotations = new TreeMap<>();
    annotations.put(SCRAPE_ANNOTATION, "true");
    resolvedPort().ifPresent(p -> annotations.put(PORT_ANNOTATION, String.valueOf(p.port())));
    annotations.put(PATH_ANNOTATION, path());
    return annotations;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (podSet().isPresent() == service().isPresent()) {
      checks.error(
          ObservabilityRules.UNKNOWN_TARGET,
          "target",
          "expected exactly one workload or service to scrape, was %s",
          podSet().isPresent() ? "both" : "neither");
      return;
    }
    Component target = target().orElseThrow();
    if (!context.contains(target)) {
      checks.error(
          ObservabilityRules.UNKNOWN_TARGET,
          "target",
          "%s \"%s\" is not part of the stack; add it to the stack or scrape another one",
          target.kind(),
          target.name());
    } else if (resolvedPort().isEmpty()) {
      checks.error(
          ObservabilityRules.UNKNOWN_PORT,
          "port",
          "%s \"%s\" exposes no port \"%s\"; it exposes %s",
          target.kind(),
          target.name(),
          port(),
          describe(podSet().isPresent() ? podSet().get().ports() : service().get().servicePorts()));
    }
    checks.require(
        path().startsWith("/"),
        ObservabilityRules.INVALID_PATH,
        "path",
        "expected an absolute HTTP path such as /metrics, was \"%s\"",
        path());
    checkDuration(checks, "interval", interval());
    scrapeTimeout().ifPresent(t -> checkDuration(checks, "scrapeTimeout", t));
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    if (!prometheusOperator()) {
      return List.of();
    }
    String portName = resolvedPort().map(NamedPort::name).orElse(port());
    var meta = context.metadata(this).addToLabels(new TreeMap<>(labels())).build();
    if (podSet().isPresent()) {
      var endpoint =
          new PodMetricsEndpointBuilder()
              .withPort(portName)
              .withPath(path())
              .withInterval(interval())
              .withScrapeTimeout(scrapeTimeout().orElse(null))
              .build();
      return List.of(
          new PodMonitorBuilder()
              .withMetadata(meta)
              .withNewSpec()
              .withSelector(
                  new LabelSelectorBuilder()
                      .withMatchLabels(new TreeMap<>(podSet().get().selectorLabels()))
                      .build())
              .withPodMetricsEndpoints(endpoint)
              .endSpec()
              .build());
    }
    var endpoint =
        new EndpointBuilder()
            .withPort(portName)
            .withPath(path())
            .withInterval(interval())
            .withScrapeTimeout(scrapeTimeout().orElse(null))
            .build();
    return List.of(
        new ServiceMonitorBuilder()
            .withMetadata(meta)
            .withNewSpec()
            .withSelector(
                new LabelSelectorBuilder()
                    .withMatchLabels(Map.of(SynthContext.NAME_LABEL, service().get().name()))
                    .build())
            .withEndpoints(endpoint)
            .endSpec()
            .build());
  }

  private static void checkDuration(Checks checks, String field, String value) {
    checks.require(
        Durations.isValid(value),
        ObservabilityRules.INVALID_DURATION,
        field,
        "expected a Prometheus duration such as 30s or 1m, was \"%s\"",
        value);
  }

  private static String describe(List<NamedPort> ports) {
    if (ports.isEmpty()) {
      return "no ports";
    }
    return ports.stream()
        .map(p -> p.name() + " (" + p.port() + ")")
        .collect(Collectors.joining(", "));
  }

  /** Builds a {@link Metrics} declaration. */
  public static class Builder extends ImmutableMetrics.Builder {}
}
