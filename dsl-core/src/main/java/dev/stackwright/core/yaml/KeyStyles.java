package dev.stackwright.core.yaml;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each mapping key is written, worked out once per key: the objects of a stack repeat the same
 * few hundred field names and label keys thousands of times. Bounded, so a long-lived process
 * ({@code watch}) does not keep every key it ever wrote.
 */
final class KeyStyles {
  private static final int MAX_KEYS = 4096;
  private static final Map<String, KeyStyle> KNOWN = new ConcurrentHashMap<>();

  private KeyStyles() {}

  /** The analysis ({@link ScalarStyle#analyze}) and the chosen style of {@code key}. */
  static KeyStyle of(String key) {
    KeyStyle known = KNOWN.get(key);
    if (known != null) {
      return known;
    }
    int flags = ScalarStyle.analyze(key);
    KeyStyle style =
        new KeyStyle(flags, ScalarStyle.choose(QuotingRules.keyStyle(key), flags, true));
    if (KNOWN.size() < MAX_KEYS) {
      KNOWN.putIfAbsent(key, style);
    }
    return style;
  }

  /** A key's flags from {@link ScalarStyle#analyze} and the style it is written in. */
  record KeyStyle(int flags, int style) {}
}
