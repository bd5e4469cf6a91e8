package dev.stackwright.compute;

import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.release.ChartRelease;

/**
 * The Knative Operator as a release of its chart ({@code knative-operator} {@value #VERSION} from
 * {@value #REPOSITORY}): it installs the {@code KnativeServing} and {@code KnativeEventing} kinds,
 * whose resources ({@link KnativeServing}, {@link KnativeEventing}) then make it deploy Knative
 * Serving and Eventing at the same version. The operator's pod meets the restricted Pod Security
 * level with the chart's defaults (non-root, no privilege escalation, read-only root filesystem).
 *
 * <pre>{@code
 * stack.add(KnativeOperator.release("knative-operator"), KnativeServing.of(), KnativeEventing.of())
 * }</pre>
 */
public final class KnativeOperator {
  /** The pinned chart version, which is also the Knative release it deploys (1.22). */
  public static final String VERSION = "v1.22.3";

  /** The chart repository. */
  public static final String REPOSITORY = "https://knative.github.io/operator";

  /** The kinds the chart installs (always: they are templates of the chart). */
  public static final CrdSet KINDS =
      CrdSet.of("operator.knative.dev", "KnativeServing", "KnativeEventing");

  private KnativeOperator() {}

  /** Release {@code knative-operator} into {@code namespace}. */
  public static ChartRelease release(String namespace) {
    return ChartRelease.builder()
        .name("knative-operator")
        .namespace(namespace)
        .chart("knative-operator")
        .repository(REPOSITORY)
        .version(VERSION)
        .addCrdSet(KINDS)
        .build();
  }
}
