package dev.stackwright.compute;

import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.release.ChartRelease;
import java.util.Map;

/**
 * OpenFaaS as a release of its chart ({@code openfaas} {@value #VERSION} from {@value #REPOSITORY},
 * faas-netes 0.18.17) in operator mode: the operator reconciles {@link OpenFaasFunction}s ({@code
 * Function}, openfaas.com/v1) into Deployments and Services in the function namespace. The chart
 * installs the {@code Function} and {@code Profile} CRDs (switched by {@code createCRDs}), so
 * functions are applied in a stage after it. Operator mode is part of OpenFaaS Standard/Enterprise:
 * the chart runs the operator only with {@code openfaasPro: true}, and the gateway needs the
 * license Secret {@code openfaas-license} in the release's namespace.
 *
 * <pre>{@code
 * OpenFaas.release("openfaas", "openfaas-fn")
 * }</pre>
 */
public final class OpenFaas {
  /** The pinned chart version. */
  public static final String VERSION = "15.0.5";

  /** The chart repository. */
  public static final String REPOSITORY = "https://openfaas.github.io/faas-netes";

  /** The kinds the chart installs unless {@code createCRDs} is false. */
  public static final CrdSet KINDS =
      CrdSet.of("openfaas.com", "Function", "Profile").switchedBy("createCRDs");

  private OpenFaas() {}

  /**
   * Release {@code openfaas} into {@code namespace} in operator mode, running functions in {@code
   * functionNamespace} (which the stack declares).
   */
  public static ChartRelease release(String namespace, String functionNamespace) {
    return ChartRelease.builder()
        .name("openfaas")
        .namespace(namespace)
        .chart("openfaas")
        .repository(REPOSITORY)
        .version(VERSION)
        .putValue("functionNamespace", functionNamespace)
        .putValue("openfaasPro", true)
        .putValue("createCRDs", true)
        .putValue("generateBasicAuth", true)
        .putValue("operator", Map.of("create", true))
        .addCrdSet(KINDS)
        .build();
  }

  /** The function namespace {@code release} runs functions in, if it is an OpenFaaS release. */
  static java.util.Optional<String> functionNamespace(ChartRelease release) {
    return "openfaas".equals(release.chart()) && release.repository().equals(REPOSITORY)
        ? java.util.Optional.ofNullable(release.values().get("functionNamespace"))
            .map(Object::toString)
        : java.util.Optional.empty();
  }
}
