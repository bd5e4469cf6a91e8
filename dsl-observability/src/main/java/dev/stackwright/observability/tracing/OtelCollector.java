package dev.stackwright.observability.tracing;

import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.NetworkNeed;
import dev.stackwright.core.contract.NetworkNeeds;
import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.TracingEndpoint;
import dev.stackwright.core.pod.Pod;
import dev.stackwright.core.pod.PodChecks;
import dev.stackwright.core.pod.PodDefinition;
import dev.stackwright.core.pod.PodIdentity;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.ObservabilityRules;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An OpenTelemetry collector that receives OTLP (gRPC and HTTP) from the stack's workloads, limits
 * its memory, batches, and exports over OTLP to a trace backend of the stack ({@link Tempo}, {@link
 * Jaeger}) given by reference, or, as an escape hatch, to a backend outside the stack given by its
 * {@code host:port}. It synthesizes into a ServiceAccount, a ConfigMap with the collector
 * configuration, a Service and a Deployment under the restricted Pod Security profile, with a
 * pinned image.
 *
 * <p>Workloads are wired to it with {@link #env(PodSet, SynthContext)}; the mesh's control plane
 * takes it as its {@link TracingEndpoint}. It is a {@link PodSet}, so its own metrics ({@code
 * metrics} port) can be scraped and policies can name it.
 *
 * <pre>{@code
 * OtelCollector collector = OtelCollector.builder()
 *     .namespace("observability")
 *     .exportTo(tempo)
 *     .samplingPercentage(5)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class OtelCollector implements PodSet, TracingEndpoint, NetworkNeeds {
  /** The name of the collector's OTLP/gRPC port. */
  public static final String OTLP_GRPC = "otlp-grpc";

  static final int OTLP_GRPC_PORT = 4317;
  static final int OTLP_HTTP_PORT = 4318;
  static final int METRICS_PORT = 8888;
  static final int HEALTH_PORT = 13133;
  private static final Pattern EXPORTER = Pattern.compile("(?:https?://)?([^:/]+):([0-9]{1,5})");
  private static final Pattern ENDPOINT =
      Pattern.compile("(https?://)?[a-zA-Z0-9]([-a-zA-Z0-9.]*[a-zA-Z0-9])?:[0-9]{1,5}");

  /** The collector's name; {@code otel-collector} by default. */
  @Override
  @Value.Default
  public String name() {
    return "otel-collector";
  }

  /** The namespace; required, since workloads of other namespaces address it by DNS name. */
  @Override
  public abstract Optional<String> namespace();

  /** The collector image, pinned to a release of the core distribution. */
  @Value.Default
  public String image() {
    return "otel/opentelemetry-collector:0.126.0";
  }

  /** The number of collector replicas. */
  @Value.Default
  public int replicas() {
    return 1;
  }

  /**
   * The trace backend of the stack the OTLP exporter sends to, by reference: its in-cluster address
   * is derived, plaintext (an in-cluster backend without TLS), and the backend must be part of the
   * stack.
   */
  public abstract Optional<TraceBackend> exportTo();

  /**
   * The escape hatch for a backend outside the stack: where the OTLP exporter sends to, as {@code
   * host:port}; empty when {@link #exportTo()} names the backend.
   */
  @Value.Default
  public String exporterEndpoint() {
    return "";
  }

  /**
   * Whether the exporter talks plaintext gRPC to {@link #exporterEndpoint()}; a backend given by
   * {@link #exportTo()} is always reached in plaintext inside the cluster.
   */
  @Value.Default
  public boolean exporterInsecure() {
    return false;
  }

  /** The share of traces the workloads and the mesh sample, in percent. */
  @Override
  @Value.Default
  public double samplingPercentage() {
    return 10.0;
  }

  /** The telemetry the collector forwards, a pipeline each; traces by default. */
  @Value.Default
  public List<Signal> signals() {
    return List.of(Signal.TRACES);
  }

  /** The CPU request. */
  @Value.Default
  public String cpuRequest() {
    return "100m";
  }

  /** The memory request. */
  @Value.Default
  public String memoryRequest() {
    return "128Mi";
  }

  /** The memory limit; the memory limiter keeps the collector below 80% of it. */
  @Value.Default
  public String memoryLimit() {
    return "512Mi";
  }

  @Override
  public String kind() {
    return "collector";
  }

  @Override
  public Layer layer() {
    return Layer.OBSERVABILITY;
  }

  @Override
  public Map<String, String> selectorLabels() {
    return Map.of(SynthContext.NAME_LABEL, name());
  }

  @Override
  public List<NamedPort> ports() {
    return List.of(
        NamedPort.of(OTLP_GRPC, OTLP_GRPC_PORT),
        NamedPort.of("otlp-http", OTLP_HTTP_PORT),
        NamedPort.of("metrics", METRICS_PORT));
  }

  @Override
  public String serviceAccountName() {
    return name();
  }

  @Override
  public Optional<PodDefinition> podDefinition() {
    return Optional.of(pod());
  }

  /** A builder for a collector. */
  public static Builder builder() {
    return new Builder();
  }

  /** The collector's pod, built and checked by the core's pod model like every workload's. */
  @Value.Lazy
  public Pod pod() {
    return CollectorDeployment.pod(this);
  }

  /** The name of the ConfigMap holding the collector configuration. */
  public String configMapName() {
    return name() + "-config";
  }

  /** The {@code host:port} the exporter sends to in {@code context}'s cluster. */
  public String exporterAddress(SynthContext context) {
    return exportTo().map(b -> b.otlpGrpcAddress(context)).orElse(exporterEndpoint());
  }

  /** Whether the exporter talks plaintext gRPC. */
  public boolean exporterPlaintext() {
    return exportTo().isPresent() || exporterInsecure();
  }

  @Override
  public int otlpGrpcPort() {
    return OTLP_GRPC_PORT;
  }

  @Override
  public int otlpHttpPort() {
    return OTLP_HTTP_PORT;
  }

  /**
   * The environment variables that wire {@code workload}'s OpenTelemetry SDK to this collector:
   * endpoint, protocol, service name, resource attributes (namespace, environment) and sampler. The
   * compute layer adds them to the workload's containers.
   */
  public Map<String, String> env(PodSet workload, SynthContext context) {
    return env(
        workload,
        context.namespaceOf(workload),
        context.environment().name(),
        context.clusterDomain());
  }

  /**
   * The wiring environment of {@code workload} running in {@code namespace} for {@code
   * environment}, in a cluster of DNS domain {@code clusterDomain}.
   */
  public Map<String, String> env(
      PodSet workload, String namespace, String environment, String clusterDomain) {
    Map<String, String> env = new TreeMap<>();
    env.put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://" + otlpGrpcAddress(clusterDomain));
    env.put("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc");
    env.put("OTEL_SERVICE_NAME", workload.name());
    env.put(
        "OTEL_RESOURCE_ATTRIBUTES",
        "deployment.environment.name="
            + environment
            + ",k8s.namespace.name="
            + namespace
            + ",service.namespace="
            + namespace);
    env.put("OTEL_TRACES_SAMPLER", "parentbased_traceidratio");
    env.put("OTEL_TRACES_SAMPLER_ARG", String.valueOf(samplingPercentage() / 100.0));
    return env;
  }

  /**
   * The collector's own flow: egress to its exporter. An endpoint in the cluster ({@code name},
   * {@code name.namespace}, or {@code name.namespace.svc} and longer) is reached in that namespace
   * (the collector's own for a bare name); any other host is outside, reached at any address on the
   * endpoint's port. Who sends to the collector is stated by {@link Tracing}, the mesh and metrics.
   */
  @Override
  public List<NetworkNeed> networkNeeds(SynthContext context) {
    if (exportTo().isPresent()) {
      TraceBackend backend = exportTo().get();
      return List.of(
          NetworkNeed.of(
              NetworkPeer.pods(this),
              NetworkPeer.namespace(context.namespaceOf(backend)),
              String.valueOf(backend.otlpGrpcPort())));
    }
    Matcher m = EXPORTER.matcher(exporterEndpoint());
    if (!m.matches()) {
      return List.of();
    }
    String[] labels = m.group(1).split("\\.", -1);
    boolean inCluster = labels.length <= 2 || (labels.length >= 3 && labels[2].equals("svc"));
    NetworkPeer to =
        !inCluster
            ? NetworkPeer.anywhere()
            : NetworkPeer.namespace(labels.length == 1 ? namespace().orElse("") : labels[1]);
    return List.of(NetworkNeed.of(NetworkPeer.pods(this), to, m.group(2)));
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    if (namespace().isEmpty()) {
      checks.error(
          ObservabilityRules.MISSING_NAMESPACE,
          "namespace",
          "the collector needs its own namespace (e.g. \"observability\"): workloads of every"
              + " namespace address it by its DNS name");
    }
    if (exportTo().isPresent()) {
      TraceBackend backend = exportTo().get();
      checks.require(
          exporterEndpoint().isEmpty(),
          ObservabilityRules.INVALID_ENDPOINT,
          "exporterEndpoint",
          "the collector exports to %s \"%s\" already; drop exporterEndpoint(\"%s\")",
          backend.kind(),
          backend.name(),
          exporterEndpoint());
      checks.require(
          context.contains(backend),
          ObservabilityRules.UNKNOWN_BACKEND,
          "exportTo",
          "trace backend %s \"%s\" is not part of the stack; add it to the stack",
          backend.kind(),
          backend.name());
    } else {
      checks.require(
          ENDPOINT.matcher(exporterEndpoint()).matches(),
          ObservabilityRules.INVALID_ENDPOINT,
          "exporterEndpoint",
          "expected a trace backend of the stack, exportTo(tempo), or the host:port of one"
              + " outside it, such as jaeger-collector.tracing:4317, was \"%s\"",
          exporterEndpoint());
    }
    checks.require(
        samplingPercentage() >= 0 && samplingPercentage() <= 100,
        ObservabilityRules.INVALID_SAMPLING,
        "samplingPercentage",
        "expected a percentage between 0 and 100, was %s",
        samplingPercentage());
    checks.require(
        replicas() >= 1,
        ObservabilityRules.INVALID_COUNT,
        "replicas",
        "must be at least 1, was %d",
        replicas());
    checks.require(
        !signals().isEmpty(),
        ObservabilityRules.INVALID_COUNT,
        "signals",
        "the collector forwards no signal; add traces, metrics or logs");
    PodChecks.check(this, pod(), true, Set.of(), context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    String config = CollectorConfig.render(this, exporterAddress(context), exporterPlaintext());
    return List.of(
        PodIdentity.synthesize(this, pod(), context).get(0),
        new ConfigMapBuilder()
            .withMetadata(context.metadata(this, configMapName()).build())
            .addToData(CollectorConfig.FILE, config)
            .build(),
        new ServiceBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withSelector(new TreeMap<>(selectorLabels()))
            .withPorts(
                new ServicePortBuilder()
                    .withName("otlp-grpc")
                    .withPort(OTLP_GRPC_PORT)
                    .withTargetPort(new IntOrString("otlp-grpc"))
                    .withAppProtocol("grpc")
                    .build(),
                new ServicePortBuilder()
                    .withName("otlp-http")
                    .withPort(OTLP_HTTP_PORT)
                    .withTargetPort(new IntOrString("otlp-http"))
                    .withAppProtocol("http")
                    .build())
            .endSpec()
            .build(),
        CollectorDeployment.render(this, context, config));
  }

  /** Builds an {@link OtelCollector}. */
  public static class Builder extends ImmutableOtelCollector.Builder {}
}
