package dev.stackwright.observability.alerts;

import java.util.Locale;

/** Alert names derived from DNS names: {@code api-gateway} becomes {@code ApiGateway}. */
final class AlertNames {
  private AlertNames() {}

  static String camel(String dnsName) {
    StringBuilder out = new StringBuilder();
    for (String part : dnsName.split("[^A-Za-z0-9]+", -1)) {
      if (!part.isEmpty()) {
        out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
