package dev.stackwright.core.synth;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.pod.BuildImage;
import dev.stackwright.core.stage.StagePlan;
import dev.stackwright.core.validate.Acknowledged;
import dev.stackwright.core.validate.Acknowledgements;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.StackwrightException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What synthesizing a stack gives: the objects in apply order and every diagnostic. A result with
 * errors (or, in strict mode, warnings the definition did not acknowledge) holds no objects at all:
 * never half a result.
 */
public final class SynthResult {
  private final String stackName;
  private final Environment environment;
  private final String version;
  private final Optional<String> defaultNamespace;
  private final List<ValueBinding> values;
  private final StagePlan stages;
  private final List<Edge> edges;
  private final Map<ComponentId, Layer> components;
  private final List<SynthObject> entries;
  private final List<Diagnostic> diagnostics;
  private final List<Acknowledged> acknowledged;
  private final boolean strict;
  private final Optional<String> clusterName;
  private final Map<String, BuildImage> buildImages;

  SynthResult(
      Stack stack,
      List<SynthObject> entries,
      List<ValueBinding> values,
      StagePlan stages,
      List<Edge> edges,
      Map<ComponentId, Layer> components,
      List<Diagnostic> diagnostics,
      boolean strict,
      Map<String, BuildImage> buildImages) {
    this.stackName = stack.name();
    this.environment = stack.environment();
    this.clusterName = stack.target().flatMap(TargetCluster::name);
    this.version = stack.version();
    this.defaultNamespace = stack.resolvedDefaultNamespace();
    this.values = List.copyOf(values);
    this.edges = List.copyOf(edges);
    this.components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    Acknowledgements acks =
        Acknowledgements.apply(stack.name(), stack.acknowledgements(), diagnostics);
    this.diagnostics = acks.diagnostics();
    this.acknowledged = acks.acknowledged();
    this.strict = strict;
    this.entries = failed(this.diagnostics, strict) ? List.of() : List.copyOf(entries);
    this.stages =
        failed(this.diagnostics, strict)
            ? StagePlan.empty(stages.target(), stages.targetStated(), stages.delivery())
            : stages;
    this.buildImages =
        this.entries.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(buildImages));
  }

  private static boolean failed(List<Diagnostic> diagnostics, boolean strict) {
    return diagnostics.stream().anyMatch(d -> d.isError() || strict);
  }

  /**
   * The images of the stack that come from an application's build ({@link
   * dev.stackwright.core.pod.Image#fromBuild}), by the name the objects write them under (without
   * tag or digest), in the order the stack writes them; empty for a failed synthesis.
   */
  public Map<String, BuildImage> buildImages() {
    return buildImages;
  }

  /** The name of the synthesized stack. */
  public String stackName() {
    return stackName;
  }

  /** The stack's version (SemVer), the version of its Helm chart. */
  public String version() {
    return version;
  }

  /** The stack's default namespace, if it has one: the one a Helm chart installs into. */
  public Optional<String> defaultNamespace() {
    return defaultNamespace;
  }

  /** The fields the user marked as chart values, where they live and their defaults. */
  public List<ValueBinding> values() {
    return values;
  }

  /**
   * The apply stages, the components' extra files (helmfile entries...), the target cluster and the
   * delivery tool; no stages when not {@link #ok()}.
   */
  public StagePlan stages() {
    return stages;
  }

  /** The arrows of the stack's diagram: dependencies and what layers draw (routes, policies). */
  public List<Edge> edges() {
    return edges;
  }

  /** Every component of the stack with its layer, in declaration order. */
  public Map<ComponentId, Layer> components() {
    return components;
  }

  /** The name of the target cluster, when the stack states a named one (a fleet's clusters do). */
  public Optional<String> clusterName() {
    return clusterName;
  }

  /**
   * The name of this result's output: the cluster's name when the target names one, otherwise the
   * environment's. It names the output folder ({@code dist/shop/prod-eu/}) and the Helm values file
   * ({@code values-prod-eu.yaml}).
   */
  public String outputName() {
    return clusterName.orElse(environment.name());
  }

  /**
   * Whether the stack's output goes to its own folder directly: built for the default environment,
   * for no named cluster.
   */
  public boolean isDefaultOutput() {
    return clusterName.isEmpty() && Environment.DEFAULT.equals(environment);
  }

  /** The environment the stack was built for. */
  public Environment environment() {
    return environment;
  }

  /** Whether the stack synthesized without errors (and, in strict mode, without warnings). */
  public boolean ok() {
    return !failed(diagnostics, strict);
  }

  /** Whether warnings count as errors. */
  public boolean strict() {
    return strict;
  }

  /** The objects in apply order, with their origin; empty when not {@link #ok()}. */
  public List<SynthObject> entries() {
    return entries;
  }

  /** The objects in apply order; empty when not {@link #ok()}. */
  public List<HasMetadata> objects() {
    return entries.stream().map(SynthObject::object).toList();
  }

  /**
   * Every error and every warning that counts, in the order found; acknowledged warnings are in
   * {@link #acknowledged()} instead.
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The warnings the definition acknowledged, each with the reason it gave. */
  public List<Acknowledged> acknowledged() {
    return acknowledged;
  }

  /** The errors, plus the warnings in strict mode. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.isError() || strict).toList();
  }

  /** The warnings that were not acknowledged: in strict mode each of them fails the stack. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /** This result when {@link #ok()}; otherwise throws every error at once. */
  public SynthResult orThrow() {
    if (!ok()) {
      throw new StackwrightException(errors());
    }
    return this;
  }

  /** The object of this type, namespace (null for any) and name. */
  public <T extends HasMetadata> Optional<T> find(Class<T> type, String namespace, String name) {
    for (SynthObject e : entries) {
      HasMetadata o = e.object();
      if (type.isInstance(o)
          && o.getMetadata().getName().equals(name)
          && (namespace == null || Objects.equals(namespace, o.getMetadata().getNamespace()))) {
        return Optional.of(type.cast(o));
      }
    }
    return Optional.empty();
  }

  /** The object of this kind (e.g. {@code Deployment}), namespace (null for any) and name. */
  public Optional<HasMetadata> find(String kind, String namespace, String name) {
    for (SynthObject e : entries) {
      HasMetadata o = e.object();
      if (o.getKind().equals(kind)
          && o.getMetadata().getName().equals(name)
          && (namespace == null || Objects.equals(namespace, o.getMetadata().getNamespace()))) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** Every object of this type, in apply order. */
  public <T extends HasMetadata> List<T> all(Class<T> type) {
    return entries.stream()
        .map(SynthObject::object)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
