package dev.stackwright.core.cluster;

import dev.stackwright.core.StackwrightStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * CustomResourceDefinitions an upstream chart installs, and the chart value that switches them:
 * Rook's {@code crds.enabled}, kube-prometheus-stack's {@code crds.enabled}. A release whose values
 * turn the switch off installs none of them.
 *
 * <pre>{@code
 * CrdSet.of("monitoring.coreos.com", "PodMonitor", "PrometheusRule", "ServiceMonitor")
 *     .switchedBy("crds.enabled")
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class CrdSet {

  /** The kinds the CRDs define. */
  public abstract List<ApiKind> kinds();

  /**
   * The chart value, as a dotted path ({@code crds.enabled}), that installs the CRDs when true;
   * empty when the chart always installs them.
   */
  public abstract Optional<String> switchValue();

  /** Whether the CRDs are installed when the values leave the switch unset; true. */
  @Value.Default
  public boolean switchDefault() {
    return true;
  }

  /** The kinds {@code kinds} of {@code group}, with derived plurals, always installed. */
  public static CrdSet of(String group, String... kinds) {
    ImmutableCrdSet.Builder set = ImmutableCrdSet.builder();
    Arrays.stream(kinds).forEach(k -> set.addKind(ApiKind.of(group, k)));
    return set.build();
  }

  /** The given kinds, always installed. */
  public static CrdSet of(ApiKind... kinds) {
    return ImmutableCrdSet.builder().addKinds(kinds).build();
  }

  /**
   * These CRDs, installed only when the chart value at {@code dottedPath} is true (its default).
   */
  public CrdSet switchedBy(String dottedPath) {
    return ImmutableCrdSet.builder().from(this).switchValue(dottedPath).build();
  }

  /** These CRDs and {@code more}, under the same switch. */
  public CrdSet and(ApiKind... more) {
    return ImmutableCrdSet.builder().from(this).addKinds(more).build();
  }

  /** The kinds a release with {@code values} installs: all, or none when the switch is off. */
  public List<ApiKind> installedWith(Map<String, Object> values) {
    if (switchValue().isEmpty()) {
      return kinds();
    }
    Object value = values;
    for (String key : switchValue().get().split("\\.", -1)) {
      if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
        return switchDefault() ? kinds() : List.of();
      }
      value = map.get(key);
    }
    boolean on = value instanceof Boolean b ? b : switchDefault();
    return on ? kinds() : List.of();
  }
}
