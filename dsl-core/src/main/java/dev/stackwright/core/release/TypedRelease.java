package dev.stackwright.core.release;

import java.util.Map;

/**
 * A release of one upstream chart whose values are typed attributes (Kyverno's replicas, Loki's
 * retention, Harbor's host), synthesized through a {@link ChartRelease} it builds from them. The
 * settings of {@link ReleaseSettings} and the untyped values merged over the typed ones are
 * declared here once; each typed release adds its own name, chart version and repository, with
 * their defaults.
 */
public interface TypedRelease extends ReleaseSettings {

  /**
   * Further chart values, for settings not typed, merged over the typed ones (maps merge key by
   * key); none by default.
   */
  Map<String, Object> extraValues();
}
