package dev.stackwright.core.stage;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.release.ReleaseTarget;
import org.immutables.value.Value;

/**
 * Delivery by hand or from CI: numbered stage folders, upstream releases installed by helmfile, and
 * an {@code apply.sh} with the exact commands: apply a stage, install its releases, wait until the
 * CRDs they install are established, apply the next.
 */
@Value.Immutable
@StackwrightStyle
public abstract class KubectlDelivery implements Delivery {

  /** How long {@code kubectl wait} waits for CRDs to be established; {@code 300s}. */
  @Value.Default
  public String waitTimeout() {
    return "300s";
  }

  @Override
  public String folder() {
    return "kubectl";
  }

  @Override
  public ReleaseTarget releaseTarget() {
    return ReleaseTarget.HELMFILE;
  }

  /** A builder for kubectl delivery settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KubectlDelivery}. */
  public static class Builder extends ImmutableKubectlDelivery.Builder {}
}
