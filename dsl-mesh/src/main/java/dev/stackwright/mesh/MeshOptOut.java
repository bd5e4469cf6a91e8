package dev.stackwright.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.patch.PatchException;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Opts one workload out of the mesh by adding the mesh's opt-out label or annotation to the pod
 * template of the object that runs its pods. The compute layer owns pod templates, so the mesh
 * reaches them through the stack's patch step; a workload that synthesizes no such object is
 * reported by the synthesizer, never skipped.
 */
final class MeshOptOut implements Patch {
  private static final Set<String> POD_KINDS =
      Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob");

  private final PodSet workload;
  private final Map<String, String> labels;
  private final Map<String, String> annotations;

  MeshOptOut(PodSet workload, Map<String, String> labels, Map<String, String> annotations) {
    this.workload = workload;
    this.labels = new TreeMap<>(labels);
    this.annotations = new TreeMap<>(annotations);
  }

  @Override
  public String kind() {
    return "workload";
  }

  @Override
  public Optional<String> namespace() {
    return workload.namespace();
  }

  @Override
  public String name() {
    return workload.name();
  }

  @Override
  public boolean matches(HasMetadata object) {
    return POD_KINDS.contains(object.getKind())
        && workload.name().equals(object.getMetadata().getName())
        && workload
            .namespace()
            .map(ns -> ns.equals(object.getMetadata().getNamespace()))
            .orElse(true);
  }

  @Override
  public HasMetadata apply(HasMetadata object) {
    JsonNode tree = Yaml.tree(object);
    JsonNode spec = tree.path("spec");
    if ("CronJob".equals(object.getKind())) {
      spec = spec.path("jobTemplate").path("spec");
    }
    if (!(spec.path("template") instanceof ObjectNode template)) {
      throw new PatchException(object.getKind() + " has no pod template to opt out", null);
    }
    ObjectNode meta = template.withObjectProperty("metadata");
    labels.forEach((k, v) -> meta.withObjectProperty("labels").put(k, v));
    annotations.forEach((k, v) -> meta.withObjectProperty("annotations").put(k, v));
    try {
      return Yaml.fromTree(tree, object.getClass());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new PatchException(e.getOriginalMessage(), e);
    }
  }
}
