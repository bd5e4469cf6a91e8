package dev.stackwright.compute;

import dev.stackwright.core.validate.Checks;
import java.util.regex.Pattern;

/** The rule for ConfigMap and Secret keys: letters, digits, '-', '_' and '.'. */
final class ConfigKeys {
  private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private ConfigKeys() {}

  static void check(Checks checks, String field, String key) {
    checks.require(
        key.length() <= 253 && KEY.matcher(key).matches() && !key.equals(".") && !key.equals(".."),
        ComputeRules.INVALID_CONFIG,
        field,
        "expected a key of letters, digits, '-', '_' and '.', was \"%s\"",
        key);
  }
}
