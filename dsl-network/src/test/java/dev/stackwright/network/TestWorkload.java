package dev.stackwright.network;

import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for a compute workload: a pod set with a name, the selector label {@code
 * app.kubernetes.io/name=<name>}, named ports and a service account, that synthesizes nothing.
 */
final class TestWorkload implements PodSet {
  private final String name;
  private final Optional<String> namespace;
  private final Map<String, String> selector;
  private final List<NamedPort> ports;

  private TestWorkload(
      String name,
      Optional<String> namespace,
      Map<String, String> selector,
      List<NamedPort> ports) {
    this.name = name;
    this.namespace = namespace;
    this.selector = selector;
    this.ports = ports;
  }

  /** A workload called {@code name} in the stack's default namespace. */
  static TestWorkload of(String name, NamedPort... ports) {
    return new TestWorkload(
        name, Optional.empty(), Map.of(SynthContext.NAME_LABEL, name), List.of(ports));
  }

  /** A workload listening on {@code http} (8080). */
  static TestWorkload http(String name) {
    return of(name, NamedPort.of("http", 8080));
  }

  TestWorkload inNamespace(String ns) {
    return new TestWorkload(name, Optional.of(ns), selector, ports);
  }

  TestWorkload withSelector(Map<String, String> labels) {
    return new TestWorkload(name, namespace, labels, ports);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "workload";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  @Override
  public Optional<String> namespace() {
    return namespace;
  }

  @Override
  public Map<String, String> selectorLabels() {
    return selector;
  }

  @Override
  public List<NamedPort> ports() {
    return ports;
  }

  @Override
  public String serviceAccountName() {
    return name;
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return List.of();
  }
}
