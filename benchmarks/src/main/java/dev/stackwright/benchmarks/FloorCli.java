package dev.stackwright.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor as a process, for {@code benchmarks/whole-process}: build the reference workload's
 * objects with fabric8's builders, serialize each with a plain Jackson YAML mapper, and replace a
 * folder with them. Arguments: {@code N OUT single|per-object|none}; {@code single} writes one
 * multi-document {@code manifests.yaml}, {@code per-object} a file per object (as {@link
 * FloorOutput}), each with a {@code kustomization.yaml}; {@code none} builds the objects and writes
 * nothing, the least a process on fabric8 spends on this workload.
 */
public final class FloorCli {
  private FloorCli() {}

  /** Writes the floor's output for the arguments above. */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    boolean single = "single".equals(args[2]);
    List<HasMetadata> objects = FloorWorkload.objects(n);
    if ("none".equals(args[2])) {
      System.out.println(objects.size() + " objects built, none written");
      return;
    }
    if (!single) {
      FloorOutput.write(out, FloorYaml.documents(objects));
      return;
    }
    FloorOutput.deleteRecursively(out);
    Files.createDirectories(out);
    try (Writer w =
        Files.newBufferedWriter(out.resolve("manifests.yaml"), StandardCharsets.UTF_8)) {
      for (HasMetadata o : objects) {
        w.write("---\n");
        w.write(FloorYaml.write(o));
      }
    }
    Files.writeString(
        out.resolve("kustomization.yaml"),
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
        - manifests.yaml
        """,
        StandardCharsets.UTF_8);
  }
}
