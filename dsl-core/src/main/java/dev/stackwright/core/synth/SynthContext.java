package dev.stackwright.core.synth;

import dev.stackwright.core.Component;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.ClusterDns;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a component may know about the stack it is synthesized in: its namespace, the other
 * components (looked up through maps, never by scanning), and the metadata every object starts
 * from.
 */
public final class SynthContext {
  /** The label that names the component an object belongs to. */
  public static final String NAME_LABEL = "app.kubernetes.io/name";

  /** The label that names the stack an object is part of. */
  public static final String PART_OF_LABEL = "app.kubernetes.io/part-of";

  /** The label that says which tool manages an object. */
  public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";

  private final Stack stack;
  private final Map<ComponentId, Component> byId;
  private final Map<Class<?>, List<?>> byType = new HashMap<>();
  private final Map<Object, Object> indexes = new HashMap<>();

  SynthContext(Stack stack) {
    this.stack = stack;
    Map<ComponentId, Component> ids = new LinkedHashMap<>();
    for (Component c : stack.allComponents()) {
      ids.putIfAbsent(idOf(c), c);
    }
    this.byId = Collections.unmodifiableMap(ids);
  }

  /** The stack being synthesized. */
  public Stack stack() {
    return stack;
  }

  /** The environment the stack is built for. */
  public Environment environment() {
    return stack.environment();
  }

  /**
   * The namespace a component's objects go into: its own, else the stack default; empty for a
   * cluster-scoped component or when neither is set (the stack is then invalid).
   */
  public String namespaceOf(Component component) {
    if (!component.namespaced()) {
      return "";
    }
    return component.namespace().or(stack::resolvedDefaultNamespace).orElse("");
  }

  /** The cluster's DNS domain, as the stack states it. */
  public String clusterDomain() {
    return stack.clusterDomain();
  }

  /** The fully qualified DNS name of the Service a component stands for, in its namespace. */
  public String serviceHost(Component service) {
    return ClusterDns.serviceHost(service.name(), namespaceOf(service), stack.clusterDomain());
  }

  /** The identity of a component in this stack. */
  public ComponentId idOf(Component component) {
    return new ComponentId(component.kind(), namespaceOf(component), component.name());
  }

  /** Whether {@code component} (by identity) is part of the stack. */
  public boolean contains(Component component) {
    return byId.containsKey(idOf(component));
  }

  /** The component of the stack with this identity. */
  public Optional<Component> find(ComponentId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every component of the stack that is a {@code type}, in declaration order. */
  @SuppressWarnings("unchecked")
  public <T> List<T> componentsOf(Class<T> type) {
    return (List<T>)
        byType.computeIfAbsent(
            type,
            t -> {
              List<T> found = new ArrayList<>();
              for (Component c : byId.values()) {
                if (type.isInstance(c)) {
                  found.add(type.cast(c));
                }
              }
              return Collections.unmodifiableList(found);
            });
  }

  /**
   * A stack-wide index a layer builds once per synthesis and shares between its components (a map
   * from selector labels to pod sets, say), so cross-component rules stay linear.
   *
   * @param key identifies the index; usually the class that builds it
   * @param build builds the index from this context the first time it is asked for
   */
  public <T> T index(Class<T> key, Function<SynthContext, T> build) {
    Object existing = indexes.get(key);
    if (existing == null) {
      existing = build.apply(this);
      indexes.put(key, existing);
    }
    return key.cast(existing);
  }

  /** Every component of the stack, in declaration order, without duplicates by identity. */
  public List<Component> components() {
    return List.copyOf(byId.values());
  }

  /**
   * Metadata for the object that carries the component's own name: name, namespace (when the
   * component is namespaced) and the {@code app.kubernetes.io/name} label.
   */
  public ObjectMetaBuilder metadata(Component component) {
    return metadata(component, component.name());
  }

  /** Metadata for an object of {@code component} named {@code objectName}. */
  public ObjectMetaBuilder metadata(Component component, String objectName) {
    ObjectMetaBuilder meta = new ObjectMetaBuilder().withName(objectName);
    String ns = namespaceOf(component);
    if (!ns.isEmpty()) {
      meta.withNamespace(ns);
    }
    meta.addToLabels(NAME_LABEL, component.name());
    return meta;
  }
}
