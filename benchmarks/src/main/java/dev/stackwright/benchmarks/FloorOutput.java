package dev.stackwright.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the floor's documents the plain way: the previous output folder is deleted and each
 * document written to a file of its own, with a {@code kustomization.yaml} listing them in order.
 */
public final class FloorOutput {
  private FloorOutput() {}

  /** Replaces {@code folder} with a file per document and the kustomization. */
  public static void write(Path folder, List<FloorYaml.Document> documents) throws IOException {
    deleteRecursively(folder);
    Files.createDirectories(folder);
    StringBuilder kustomization =
        new StringBuilder(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
    for (FloorYaml.Document d : documents) {
      Files.writeString(folder.resolve(d.file()), d.content(), StandardCharsets.UTF_8);
      kustomization.append("- ").append(d.file()).append('\n');
    }
    Files.writeString(
        folder.resolve("kustomization.yaml"), kustomization.toString(), StandardCharsets.UTF_8);
  }

  /** Deletes {@code folder} and everything in it, if it exists. */
  public static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
