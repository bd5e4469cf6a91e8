package dev.stackwright.core;

import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A minimal component for core tests: synthesizes one ConfigMap per name it is given. */
public final class TestComponent implements Component {
  private final String name;
  private final List<Component> dependsOn;
  private final List<HasMetadata> extra = new ArrayList<>();
  private String namespace;
  private String warning;
  private Layer layer = Layer.COMPUTE;

  private TestComponent(String name, List<Component> dependsOn) {
    this.name = name;
    this.dependsOn = dependsOn;
  }

  /** A component called {@code name} that depends on {@code dependsOn}. */
  public static TestComponent of(String name, Component... dependsOn) {
    return new TestComponent(name, List.of(dependsOn));
  }

  /** The same component, placed in {@code ns}. */
  public TestComponent in(String ns) {
    this.namespace = ns;
    return this;
  }

  /** The same component, also synthesizing {@code object}. */
  public TestComponent with(HasMetadata object) {
    extra.add(object);
    return this;
  }

  /** The same component, in {@code layer} (compute by default), for layer-order tests. */
  public TestComponent inLayer(Layer layer) {
    this.layer = layer;
    return this;
  }

  /** The same component, reporting a warning. */
  public TestComponent warning(String message) {
    this.warning = message;
    return this;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "test";
  }

  @Override
  public Layer layer() {
    return layer;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.ofNullable(namespace);
  }

  @Override
  public List<Component> dependsOn() {
    return dependsOn;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name);
    if (warning != null) {
      checks.warn("test.warning", "", "%s", warning);
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>();
    out.add(
        new ConfigMapBuilder()
            .withMetadata(context.metadata(this).build())
            .addToData("name", name)
            .build());
    out.addAll(extra);
    return out;
  }
}
