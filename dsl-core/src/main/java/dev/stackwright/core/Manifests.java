package dev.stackwright.core;

import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The escape hatch for whole objects: any fabric8 object, or every object of existing YAML files,
 * put into the stack as they are. They are labelled, ordered, checked and written like synthesized
 * objects. A namespaced object without a namespace gets the stack's default one: namespaced means a
 * namespaced built-in kind, or a kind whose CustomResourceDefinition in the stack says {@code
 * scope: Namespaced}. An object of a kind that neither Kubernetes nor the stack defines is a
 * warning ({@code core.unknown-kind}).
 */
@Value.Immutable
@StackwrightStyle
public abstract class Manifests implements Component {

  @Override
  public abstract String name();

  /** The objects, as given. */
  public abstract List<HasMetadata> objects();

  /** YAML files whose documents are added after {@link #objects()}. */
  public abstract List<Path> yamlFiles();

  /** The layer the objects count towards; {@code core} by default. */
  @Override
  @Value.Default
  public Layer layer() {
    return Layer.CORE;
  }

  @Override
  public abstract List<Component> dependsOn();

  @Override
  public String kind() {
    return "manifests";
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public boolean namespaced() {
    return false;
  }

  /** The given objects as a component called {@code name}. */
  public static Manifests of(String name, HasMetadata... objects) {
    for (int i = 0; i < objects.length; i++) {
      if (objects[i] == null) {
        throw new NullPointerException(
            "Manifests.of(\""
                + name
                + "\", ...): object "
                + (i + 1)
                + " of "
                + objects.length
                + " is null");
      }
    }
    return builder().name(name).addAllObjects(Arrays.asList(objects)).build();
  }

  /** Every object of the YAML file {@code file} as a component called {@code name}. */
  public static Manifests fromYaml(String name, Path file) {
    return builder().name(name).addYamlFile(file).build();
  }

  /** A builder for raw manifests. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    for (int i = 0; i < objects().size(); i++) {
      HasMetadata o = objects().get(i);
      if (o.getMetadata() == null || o.getMetadata().getName() == null) {
        checks.error(Rules.MANIFEST, "objects[" + i + "]", "object has no metadata.name");
      }
      if (o.getKind() == null || o.getApiVersion() == null) {
        checks.error(Rules.MANIFEST, "objects[" + i + "]", "object has no kind or no apiVersion");
      }
    }
    for (Path file : yamlFiles()) {
      try {
        read(file);
      } catch (IOException | RuntimeException e) {
        checks.error(
            Rules.MANIFEST,
            "yamlFiles[" + file + "]",
            "cannot read Kubernetes objects from the file: %s",
            firstLine(e));
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> all = new ArrayList<>();
    for (HasMetadata o : objects()) {
      all.add(Yaml.copy(o));
    }
    for (Path file : yamlFiles()) {
      try {
        all.addAll(read(file));
      } catch (IOException e) {
        throw new IllegalStateException("validated file became unreadable: " + file, e);
      }
    }
    String ns = context.stack().resolvedDefaultNamespace().orElse("");
    for (HasMetadata o : all) {
      if (o instanceof Namespaced && o.getMetadata().getNamespace() == null && !ns.isEmpty()) {
        o.getMetadata().setNamespace(ns);
      }
    }
    return all;
  }

  private static List<HasMetadata> read(Path file) throws IOException {
    return Yaml.readAll(Files.readString(file));
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Builds {@link Manifests}. */
  public static class Builder extends ImmutableManifests.Builder {}
}
