package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.Optional;

/**
 * The cross-layer contract of a per-replica claim: the storage layer describes it, a compute
 * StatefulSet puts it in {@code volumeClaimTemplates} and mounts it by {@link #name()}.
 */
public interface ClaimTemplate {

  /** The template name, which is also the volume name the containers mount. */
  String name();

  /** The claim template (metadata name set, no namespace), as it goes into the StatefulSet. */
  PersistentVolumeClaim toClaimTemplate();

  /**
   * Reports the template's problems; the StatefulSet that holds the template calls it at the
   * template's path, since a template is not a component of its own.
   */
  default void validate(SynthContext context, Checks checks) {}

  /** The storage-layer component (its storage class) the claims need, if part of the stack. */
  default Optional<Component> component() {
    return Optional.empty();
  }
}
