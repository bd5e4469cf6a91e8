package dev.stackwright.core.output;

import dev.stackwright.core.stage.ArgoCdDelivery;
import dev.stackwright.core.stage.FluxDelivery;
import dev.stackwright.core.stage.KubectlDelivery;
import dev.stackwright.core.synth.SynthResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.function.Function;

/**
 * The delivery folder of a synthesized stack, beside its plain manifests: its apply stages wired
 * for the stack's delivery tool ({@link FluxStages}, {@link ArgoCdStages}, {@link KubectlStages}).
 */
public final class DeliveryFiles {
  private DeliveryFiles() {}

  /**
   * The files of the delivery folder, relative to it, with a file per object in each stage; none
   * for a stack without stages.
   */
  public static List<OutputFile> of(SynthResult result) {
    return of(result, Layout.PER_OBJECT);
  }

  /**
   * The files of the delivery folder for {@code layout}: a stage holds one {@code manifests.yaml}
   * in the single-file layout, a file per object otherwise.
   */
  public static List<OutputFile> of(SynthResult result, Layout layout) {
    return of(result, layout, ManifestFiles::document);
  }

  /** As {@link #of(SynthResult, Layout)}, each object's document from {@code yaml}. */
  static List<OutputFile> of(
      SynthResult result, Layout layout, Function<HasMetadata, String> yaml) {
    if (result.stages().stages().isEmpty()) {
      return List.of();
    }
    if (result.stages().delivery() instanceof FluxDelivery flux) {
      return FluxStages.files(result, flux, layout, yaml);
    }
    if (result.stages().delivery() instanceof ArgoCdDelivery argo) {
      return ArgoCdStages.files(result, argo, layout, yaml);
    }
    if (result.stages().delivery() instanceof KubectlDelivery) {
      return KubectlStages.files(result, layout, yaml);
    }
    throw new OutputException(
        "no writer for delivery " + result.stages().delivery().getClass().getSimpleName(), null);
  }

  /** The delivery folder of a result below the output root: {@code shop/prod/flux}. */
  public static String folderOf(SynthResult result) {
    return StackOutput.folderOf(result) + "/" + result.stages().delivery().folder();
  }
}
