package dev.stackwright.core.output;

import dev.stackwright.core.stage.FluxDelivery;
import dev.stackwright.core.stage.Stage;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The Flux wiring of a stack's stages: a folder per stage and a {@code Kustomization} per stage
 * ({@code kustomize.toolkit.fluxcd.io/v1}) that depends on the one before and waits for its objects
 * to be ready; the folder's {@code kustomization.yaml} lists them, and {@code entry.yaml} holds the
 * one Kustomization that points at the folder.
 */
public final class FluxStages {
  /** The API version of Flux's Kustomization. */
  public static final String API_VERSION = "kustomize.toolkit.fluxcd.io/v1";

  private FluxStages() {}

  /** The files of the Flux folder, relative to it. */
  static List<OutputFile> files(
      SynthResult result, FluxDelivery flux, Layout layout, Function<HasMetadata, String> yaml) {
    List<OutputFile> files = new ArrayList<>();
    for (Stage s : result.stages().stages()) {
      files.addAll(StageFolders.files(s, "", layout, UnaryOperator.identity(), yaml));
    }
    files.add(new OutputFile("stages.yaml", Yaml.writeAll(kustomizations(result))));
    files.add(
        new OutputFile(
            ManifestFiles.KUSTOMIZATION,
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - stages.yaml
            """));
    files.add(new OutputFile("entry.yaml", "---\n" + Yaml.write(entry(result))));
    files.add(new OutputFile("README.md", DeliveryReadme.flux(result, flux)));
    return files;
  }

  /** The Kustomization of every stage, each depending on the one before. */
  public static List<GenericKubernetesResource> kustomizations(SynthResult result) {
    FluxDelivery flux = (FluxDelivery) result.stages().delivery();
    List<GenericKubernetesResource> out = new ArrayList<>();
    String previous = null;
    for (Stage s : result.stages().stages()) {
      String name = prefix(result) + "-" + s.name();
      Map<String, Object> spec = spec(flux, path(result, flux, s.name()));
      spec.put("wait", true);
      if (previous != null) {
        spec.put("dependsOn", List.of(Map.of("name", previous)));
      }
      out.add(kustomization(result, flux, name, spec));
      previous = name;
    }
    return out;
  }

  /** The one Kustomization that applies the folder of stage Kustomizations. */
  public static GenericKubernetesResource entry(SynthResult result) {
    FluxDelivery flux = (FluxDelivery) result.stages().delivery();
    return kustomization(result, flux, prefix(result), spec(flux, path(result, flux, "")));
  }

  /** The path of the Flux folder (or a stage folder below it) in the source. */
  static String path(SynthResult result, FluxDelivery flux, String stage) {
    String folder =
        StageFolders.join(
            flux.repositoryPath(), StackOutput.folderOf(result) + "/" + flux.folder());
    return stage.isEmpty() ? folder : folder + "/" + stage;
  }

  /** The stack and environment (or cluster) as a name prefix: {@code shop-prod}. */
  static String prefix(SynthResult result) {
    return result.isDefaultOutput()
        ? result.stackName()
        : result.stackName() + "-" + result.outputName();
  }

  /**
   * The spec of a Kustomization that applies {@code path} of the delivery's source: interval,
   * retry, timeout, pruning; a mutable map, for the caller to add to.
   */
  public static Map<String, Object> spec(FluxDelivery flux, String path) {
    Map<String, Object> sourceRef = new LinkedHashMap<>();
    sourceRef.put("kind", flux.sourceKind());
    sourceRef.put("name", flux.sourceName());
    sourceRef.put("namespace", flux.sourceNamespace());
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("interval", flux.interval());
    spec.put("retryInterval", flux.retryInterval());
    spec.put("timeout", flux.timeout());
    spec.put("path", path);
    spec.put("prune", true);
    spec.put("sourceRef", sourceRef);
    return spec;
  }

  private static GenericKubernetesResource kustomization(
      SynthResult result, FluxDelivery flux, String name, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(API_VERSION)
        .withKind("Kustomization")
        .withMetadata(
            new ObjectMetaBuilder()
                .withName(name)
                .withNamespace(flux.namespace())
                .addToLabels("app.kubernetes.io/part-of", result.stackName())
                .addToLabels("app.kubernetes.io/managed-by", "stackwright")
                .build())
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
