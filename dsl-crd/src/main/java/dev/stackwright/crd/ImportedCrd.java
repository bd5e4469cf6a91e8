package dev.stackwright.crd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.immutables.value.Value;

/**
 * A CustomResourceDefinition a stack's custom resources are checked against at synth time: its YAML
 * and where it came from. {@code import} writes a descriptor class per CRD holding one ({@code
 * ScaledObjectCrd.CRD}, read from the class path); a CRD that cannot be read or is not one is
 * reported by the components that use it ({@code crd.invalid-crd}), never thrown.
 *
 * <pre>{@code
 * ImportedCrd crd = ImportedCrd.classpath(ScaledObjectCrd.class, "scaledobjects.keda.sh.yaml");
 * ImportedCrd crd = ImportedCrd.read(Path.of("crds/keda.sh_scaledobjects.yaml"));
 * }</pre>
 */
@Value.Immutable
public abstract class ImportedCrd {

  /** Where the CRD was read from, for messages: a file or a class path resource. */
  public abstract String origin();

  /** The CRD's YAML; empty when it could not be read (see {@link #problems()}). */
  public abstract String yaml();

  /** Why the CRD could not be read; empty when it was. */
  abstract Optional<String> readProblem();

  /** The CRD {@code yaml}, read from {@code origin} (a name for messages). */
  public static ImportedCrd of(String origin, String yaml) {
    return ImmutableImportedCrd.builder().origin(origin).yaml(yaml).build();
  }

  /** The CRD in {@code file}. */
  public static ImportedCrd read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return of(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return unreadable(file.toString(), "cannot be read: " + e);
    }
  }

  /**
   * The CRD in the class path resource {@code resource}, relative to {@code anchor}'s package as
   * {@link Class#getResourceAsStream} resolves it; the descriptor classes {@code import} writes use
   * this.
   */
  public static ImportedCrd classpath(Class<?> anchor, String resource) {
    String origin = "class path resource " + resource + " of " + anchor.getName();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        return unreadable(origin, "is not on the class path");
      }
      return of(origin, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return unreadable(origin, "cannot be read: " + e);
    }
  }

  private static ImportedCrd unreadable(String origin, String problem) {
    return ImmutableImportedCrd.builder().origin(origin).yaml("").readProblem(problem).build();
  }

  /** Why this is not a usable CustomResourceDefinition; empty when it is. */
  @Value.Lazy
  public List<String> problems() {
    return parsed().problems();
  }

  /**
   * The group, kind and plural the CRD defines, for a release's {@code CrdSet} ({@code
   * CrdSet.of(ScaledObjectCrd.CRD.apiKind())}).
   *
   * @throws IllegalStateException when the CRD is not usable ({@link #problems()} says why)
   */
  public ApiKind apiKind() {
    return definition().kind();
  }

  CrdDefinition definition() {
    return parsed()
        .definition()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    origin() + " is not a usable CRD: " + String.join("; ", problems())));
  }

  /** The schema check of the CRD's version {@code version}; call only when it defines it. */
  SchemaCheck schema(String version) {
    return parsed().schemas().computeIfAbsent(version, v -> new SchemaCheck(schemaOf(v)));
  }

  private JsonNode schemaOf(String version) {
    return definition().version(version).orElseThrow().schema();
  }

  @Value.Lazy
  Parsed parsed() {
    List<String> problems = new ArrayList<>();
    if (readProblem().isPresent()) {
      problems.add(readProblem().get());
      return new Parsed(Optional.empty(), problems);
    }
    List<JsonNode> docs;
    try {
      docs = Yaml.trees(yaml());
    } catch (IOException e) {
      problems.add("expected YAML: " + e.getMessage());
      return new Parsed(Optional.empty(), problems);
    }
    if (docs.size() != 1) {
      problems.add("expected one CustomResourceDefinition, found " + docs.size() + " documents");
      return new Parsed(Optional.empty(), problems);
    }
    return new Parsed(CrdDefinition.read(docs.get(0), problems), problems);
  }

  /** The CRD read once, and the schema checks built from it as they are needed. */
  record Parsed(
      Optional<CrdDefinition> definition, List<String> problems, Map<String, SchemaCheck> schemas) {
    Parsed(Optional<CrdDefinition> definition, List<String> problems) {
      this(definition, List.copyOf(problems), new ConcurrentHashMap<>());
    }
  }

  @Override
  public String toString() {
    return "ImportedCrd{" + origin() + "}";
  }
}
