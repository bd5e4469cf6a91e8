package dev.stackwright.crd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.java.generator.CRGeneratorRunner;
import io.fabric8.java.generator.Config;
import io.fabric8.java.generator.WritableCRCompilationUnit;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports CustomResourceDefinitions as typed Java classes: for each CRD in a file or a folder of
 * them, fabric8's java-generator writes a {@code CustomResource} subclass per version with its spec
 * and status classes (in {@code <package>.<version>}), the CRD is copied as a class path resource
 * ({@code <resources>/<package path>/<plural.group>.yaml}), and a descriptor class {@code
 * <package>.<Kind>Crd} reads it ({@code ScaledObjectCrd.CRD}).
 *
 * <p>Every input is read and checked before anything is written, and everything is generated into a
 * scratch folder first: bad input writes nothing and reports every problem, each naming its file.
 * The same input gives byte-identical files.
 */
public final class CrdImporter {
  private static final Pattern PACKAGE =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null");

  private CrdImporter() {}

  /** One CRD read from an input file. */
  private record Input(Path file, CrdDefinition crd, String text) {}

  /**
   * Imports the CRDs in {@code input} (a YAML file, or a folder searched for {@code *.yaml} and
   * {@code *.yml}) into the Java package {@code javaPackage}: sources below {@code sources}, the
   * copied CRDs below {@code resources}.
   */
  public static ImportResult run(Path input, String javaPackage, Path sources, Path resources) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(javaPackage, "javaPackage");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(resources, "resources");
    List<String> problems = new ArrayList<>();
    if (!PACKAGE.matcher(javaPackage).matches()
        || Stream.of(javaPackage.split("\\.", -1)).anyMatch(KEYWORDS::contains)) {
      problems.add(
          String.format(
              "--package: expected a Java package name such as com.example.crds, was \"%s\"",
              javaPackage));
    }
    List<Input> inputs = read(input, problems);
    Map<String, Path> byKind = new HashMap<>();
    for (Input in : inputs) {
      Path other = byKind.putIfAbsent(in.crd().kind().kind(), in.file());
      if (other != null) {
        problems.add(
            String.format(
                "%s: kind %s is also defined in %s; import CRDs of one kind name into different"
                    + " packages",
                in.file(), in.crd().kind().kind(), other));
      }
    }
    if (!problems.isEmpty()) {
      return new ImportResult(List.of(), problems);
    }
    Path scratch;
    try {
      scratch = Files.createTempDirectory("stackwright-import");
    } catch (IOException e) {
      return new ImportResult(List.of(), List.of("cannot create a scratch folder: " + e));
    }
    try {
      Path javaOut = scratch.resolve("java");
      Path resourceOut = scratch.resolve("resources");
      String packagePath = javaPackage.replace('.', '/');
      CRGeneratorRunner generator = new CRGeneratorRunner(Config.builder().build());
      for (Input in : inputs) {
        try {
          CustomResourceDefinition model =
              Yaml.json().treeToValue(in.crd().document(), CustomResourceDefinition.class);
          for (WritableCRCompilationUnit unit : generator.generate(model, javaPackage)) {
            unit.writeAllJavaClasses(javaOut.toFile());
          }
        } catch (IOException | RuntimeException e) {
          problems.add(
              String.format(
                  "%s: fabric8's java-generator could not generate %s: %s",
                  in.file(), in.crd().name(), e.getMessage()));
          continue;
        }
        Path descriptor =
            javaOut.resolve(packagePath).resolve(Descriptor.className(in.crd()) + ".java");
        write(
            descriptor,
            Descriptor.source(javaPackage, in.crd(), in.file().getFileName().toString()));
        Path copy = resourceOut.resolve(packagePath).resolve(Descriptor.resourceName(in.crd()));
        write(copy, in.text());
      }
      if (!problems.isEmpty()) {
        return new ImportResult(List.of(), problems);
      }
      List<Path> written = new ArrayList<>();
      written.addAll(moveAll(javaOut, sources));
      written.addAll(moveAll(resourceOut, resources));
      return new ImportResult(written, List.of());
    } catch (IOException | UncheckedIOException e) {
      return new ImportResult(List.of(), List.of("cannot write the imported files: " + e));
    } finally {
      deleteQuietly(scratch);
    }
  }

  private static List<Input> read(Path input, List<String> problems) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(input)) {
      try (Stream<Path> walk = Files.walk(input)) {
        walk.filter(Files::isRegularFile)
            .filter(
                p -> {
                  String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                  return n.endsWith(".yaml") || n.endsWith(".yml");
                })
            .sorted(Comparator.comparing(Path::toString))
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        problems.add(String.format("%s: cannot be read: %s", input, e));
        return List.of();
      }
      if (files.isEmpty()) {
        problems.add(
            String.format(
                "%s: expected CustomResourceDefinition files (*.yaml, *.yml), found none", input));
      }
    } else if (Files.isRegularFile(input)) {
      files.add(input);
    } else {
      problems.add(
          String.format(
              "%s: expected a CustomResourceDefinition file or a folder of them, found nothing",
              input));
    }
    List<Input> inputs = new ArrayList<>();
    for (Path file : files) {
      String text;
      List<JsonNode> docs;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        problems.add(String.format("%s: cannot be read: %s", file, e));
        continue;
      }
      try {
        docs = Yaml.trees(text);
      } catch (IOException | RuntimeException e) {
        problems.add(String.format("%s: expected YAML: %s", file, firstLine(e.getMessage())));
        continue;
      }
      if (docs.isEmpty()) {
        problems.add(String.format("%s: expected a CustomResourceDefinition, found nothing", file));
      }
      for (int i = 0; i < docs.size(); i++) {
        List<String> found = new ArrayList<>();
        var crd = CrdDefinition.read(docs.get(i), found);
        String where = docs.size() == 1 ? file.toString() : file + " (document " + (i + 1) + ")";
        found.forEach(p -> problems.add(where + ": " + p));
        if (crd.isPresent()) {
          // A file of one CRD is copied as it is; one of a bundle is written alone.
          inputs.add(new Input(file, crd.get(), docs.size() == 1 ? text : Yaml.write(docs.get(i))));
        }
      }
    }
    return inputs;
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message;
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> moveAll(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files =
          walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    }
    List<Path> written = new ArrayList<>();
    for (Path f : files) {
      Path target = to.resolve(from.relativize(f).toString());
      Files.createDirectories(target.getParent());
      Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      written.add(target);
    }
    return written;
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A scratch folder left in the temporary directory harms nothing.
    }
  }
}
