package dev.stackwright.core;

import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.stage.Delivery;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Acknowledgement;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.ExistingObject;
import dev.stackwright.core.validate.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The root of a definition: a named collection of namespaces and components, with stack-wide labels
 * and annotations, built for one environment. A stack is a value: building it twice from the same
 * input gives equal objects, and synthesizing it gives byte-identical output.
 *
 * <pre>{@code
 * Stack shop = Stack.builder()
 *     .name("shop")
 *     .addNamespace(Namespace.of("shop"))
 *     .add(api, apiService)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Stack {
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  /** The stack's name: a DNS-1123 label, the folder its output goes to. */
  public abstract String name();

  /** The namespaces the stack creates or uses. */
  public abstract List<Namespace> namespaces();

  /** The components of the stack, in declaration order. */
  public abstract List<Component> components();

  /** Labels put on every object (a component's own labels win). */
  public abstract Map<String, String> labels();

  /** Annotations put on every object (a component's own annotations win). */
  public abstract Map<String, String> annotations();

  /** The environment the stack is built for. */
  @Value.Default
  public Environment environment() {
    return Environment.DEFAULT;
  }

  /**
   * The namespace of components that do not name one. When unset and the stack declares exactly one
   * namespace, that one.
   */
  public abstract Optional<String> defaultNamespace();

  /** Changes applied to synthesized objects before output: the escape hatch to any field. */
  public abstract List<Patch> patches();

  /** Fields the user marks as Helm chart values, beyond the ones every chart templates. */
  public abstract List<ChartValue> values();

  /**
   * The cluster's DNS domain, the one source of every in-cluster Service name the stack writes;
   * {@value dev.stackwright.core.contract.ClusterDns#DEFAULT_DOMAIN} by default.
   */
  @Value.Default
  public String clusterDomain() {
    return dev.stackwright.core.contract.ClusterDns.DEFAULT_DOMAIN;
  }

  /**
   * Whether every object gets an Argo CD {@code sync-wave} annotation following the apply order, so
   * Argo CD applies the stack in the same order as the files.
   */
  @Value.Default
  public boolean argoCdSyncWaves() {
    return false;
  }

  /**
   * The cluster the stack is applied to: its Kubernetes version and what it already provides. When
   * empty, {@link TargetCluster#assumed()} is used and every custom kind and class the stack uses
   * is assumed present; state it to have them checked.
   */
  public abstract Optional<TargetCluster> target();

  /** How the apply stages reach the cluster; Flux ({@link Delivery#flux()}) by default. */
  @Value.Default
  public Delivery delivery() {
    return Delivery.flux();
  }

  /** The stack's version: a SemVer string, the version and appVersion of its Helm chart. */
  @Value.Default
  public String version() {
    return "0.1.0";
  }

  /**
   * Warnings the definition accepts on purpose, each with its reason: they are reported but do not
   * fail strict mode. None by default.
   */
  public abstract List<Acknowledgement> acknowledgements();

  /**
   * ConfigMaps and Secrets that exist outside the stack (created by hand, by an operator, by an
   * ExternalSecret in another repository), so pods may refer to them by name. None by default.
   */
  public abstract List<ExistingObject> existingObjects();

  /** The default namespace in effect, explicit or implied by a single declared namespace. */
  @Value.Lazy
  public Optional<String> resolvedDefaultNamespace() {
    if (defaultNamespace().isPresent()) {
      return defaultNamespace();
    }
    return namespaces().size() == 1 ? Optional.of(namespaces().get(0).name()) : Optional.empty();
  }

  /** The namespaces followed by the other components: everything that is synthesized. */
  @Value.Lazy
  public List<Component> allComponents() {
    List<Component> all = new ArrayList<>(namespaces().size() + components().size());
    all.addAll(namespaces());
    all.addAll(components());
    return List.copyOf(all);
  }

  /** A builder for a stack. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the stack-wide rules: the stack's name, its labels and annotations, its
   * acknowledgements, and that every namespaced component lands in a namespace the stack declares.
   */
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.label("environment", environment().name());
    target().ifPresent(t -> t.validate(checks.in("target")));
    checks.labels("labels", labels());
    checks.annotations("annotations", annotations(), Map.of());
    for (int i = 0; i < acknowledgements().size(); i++) {
      acknowledgements().get(i).validate(checks.in("acknowledgements[" + i + "]"));
    }
    checks.require(
        SEMVER.matcher(version()).matches(),
        "release.invalid-version",
        "version",
        "expected a SemVer version such as 1.2.0, was \"%s\"",
        version());
    Set<String> valuePaths = new HashSet<>();
    for (int i = 0; i < values().size(); i++) {
      ChartValue value = values().get(i);
      Checks at = checks.in("values[" + i + "] " + value.path());
      value.validate(at);
      if (!valuePaths.add(value.path())) {
        at.error(
            "release.duplicate-value",
            "path",
            "another value already has the path %s; each value needs its own",
            value.path());
      }
    }
    Set<String> declared = new HashSet<>();
    for (Namespace ns : namespaces()) {
      declared.add(ns.name());
    }
    defaultNamespace()
        .filter(ns -> !declared.contains(ns))
        .ifPresent(
            ns ->
                checks.error(
                    Rules.UNKNOWN_NAMESPACE,
                    "defaultNamespace",
                    "namespace \"%s\" is not declared in the stack; add Namespace.of(\"%s\") or"
                        + " Namespace.existing(\"%s\")",
                    ns,
                    ns,
                    ns));
    for (Component c : components()) {
      if (!c.namespaced()) {
        continue;
      }
      Checks at = checks.in(c.kind(), c.name());
      String ns = context.namespaceOf(c);
      if (ns.isEmpty()) {
        at.error(
            Rules.MISSING_NAMESPACE,
            "namespace",
            "no namespace: set one on the %s or a default namespace on the stack",
            c.kind());
      } else if (!declared.contains(ns)) {
        at.error(
            Rules.UNKNOWN_NAMESPACE,
            "namespace",
            "namespace \"%s\" is not declared in the stack; add Namespace.of(\"%s\") or"
                + " Namespace.existing(\"%s\")",
            ns,
            ns,
            ns);
      }
    }
  }

  /**
   * Builds a {@link Stack}. A null component or acknowledgement is refused at once with a message
   * that says which argument was null, rather than a bare NullPointerException later.
   */
  public static class Builder extends ImmutableStack.Builder {

    /** Adds components to the stack, in order. */
    public Builder add(Component... components) {
      if (components == null) {
        throw new NullPointerException("Stack.builder().add(...): the component array is null");
      }
      for (int i = 0; i < components.length; i++) {
        addComponent(nonNull(components[i], "add", i, components.length));
      }
      return this;
    }

    /** Adds components to the stack, in order. */
    public Builder add(Iterable<? extends Component> components) {
      if (components == null) {
        throw new NullPointerException("Stack.builder().add(...): the list of components is null");
      }
      List<Component> all = new ArrayList<>();
      components.forEach(all::add);
      for (int i = 0; i < all.size(); i++) {
        addComponent(nonNull(all.get(i), "add", i, all.size()));
      }
      return this;
    }

    /** Accepts warnings on purpose: each is reported with its reason but does not fail strict. */
    public Builder acknowledge(Acknowledgement... acknowledgements) {
      for (int i = 0; i < acknowledgements.length; i++) {
        addAcknowledgement(nonNull(acknowledgements[i], "acknowledge", i, acknowledgements.length));
      }
      return this;
    }

    private static <T> T nonNull(T value, String method, int index, int count) {
      if (value == null) {
        throw new NullPointerException(
            "Stack.builder()."
                + method
                + "(...): argument "
                + (index + 1)
                + " of "
                + count
                + " is null; was it built after the stack, or returned by a method that returned"
                + " null?");
      }
      return value;
    }
  }
}
