package dev.stackwright.network;

import com.google.common.net.InetAddresses;
import dev.stackwright.core.validate.Names;

/** The rules for host names in routes, TLS entries and external-name services. */
final class Hosts {
  private Hosts() {}

  /**
   * What is wrong with {@code host} as a DNS name (optionally with a leading {@code *.} wildcard),
   * or null when it is one.
   */
  static String problem(String host, boolean wildcardAllowed) {
    if (host == null || host.isEmpty()) {
      return "must not be empty (expected a DNS name such as \"shop.example.com\")";
    }
    if (InetAddresses.isInetAddress(host)) {
      return "expected a DNS name, not an IP address, was \"" + host + "\"";
    }
    String name = host;
    if (host.startsWith("*.")) {
      if (!wildcardAllowed) {
        return "a wildcard is not allowed here, was \"" + host + "\"";
      }
      name = host.substring(2);
    }
    if (Names.subdomainProblem(name) != null || !labelsFit(name)) {
      return "expected a DNS name (lower-case labels of letters, digits and '-' separated by '.',"
          + (wildcardAllowed ? " optionally starting with \"*.\"," : "")
          + " each label at most 63 characters), was \""
          + host
          + "\"";
    }
    return null;
  }

  private static boolean labelsFit(String name) {
    for (String label : name.split("\\.", -1)) {
      if (label.length() > 63) {
        return false;
      }
    }
    return true;
  }
}
