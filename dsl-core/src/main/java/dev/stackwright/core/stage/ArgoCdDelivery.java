package dev.stackwright.core.stage;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.release.ReleaseTarget;
import org.immutables.value.Value;

/**
 * Delivery with Argo CD: an {@code argoproj.io/v1alpha1 Application} per stage, ordered by the
 * {@code argocd.argoproj.io/sync-wave} annotation, under one root Application (app of apps). Custom
 * resources whose CRD an earlier stage installs carry {@code argocd.argoproj.io/sync-options:
 * SkipDryRunOnMissingResource=true}.
 *
 * <p>Argo CD waits for a wave's Applications to be healthy only when it knows how to assess an
 * Application's health: since Argo CD 1.8 that check is not built in, and the {@code argocd-cm}
 * ConfigMap needs the {@code resource.customizations.health.argoproj.io_Application} entry (the
 * generated README shows it).
 */
@Value.Immutable
@StackwrightStyle
public abstract class ArgoCdDelivery implements Delivery {
  /** The address by which Argo CD reaches the cluster it runs in. */
  public static final String IN_CLUSTER = "https://kubernetes.default.svc";

  /** The Git repository Argo CD reads the output from. */
  public abstract String repoUrl();

  /** The revision to follow; {@code HEAD}. */
  @Value.Default
  public String targetRevision() {
    return "HEAD";
  }

  /** Where the synth output root ({@code --out}) is in the repository; {@code dist}. */
  @Value.Default
  public String repositoryPath() {
    return "dist";
  }

  /** The namespace Argo CD runs in, where the Applications live; {@code argocd}. */
  @Value.Default
  public String namespace() {
    return "argocd";
  }

  /** The Argo CD project of the Applications; {@code default}. */
  @Value.Default
  public String project() {
    return "default";
  }

  /**
   * The cluster the stages are applied to; {@value #IN_CLUSTER}, Argo CD's own. Another server (a
   * fleet's cluster) means Argo CD runs elsewhere: its Applications are not the target's kinds.
   */
  @Value.Default
  public String server() {
    return IN_CLUSTER;
  }

  @Override
  public String folder() {
    return "argocd";
  }

  @Override
  public ReleaseTarget releaseTarget() {
    return ReleaseTarget.ARGO_CD;
  }

  /** A builder for Argo CD delivery settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ArgoCdDelivery}. */
  public static class Builder extends ImmutableArgoCdDelivery.Builder {}
}
