package dev.stackwright.core.validate;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Kubernetes naming rules (DNS-1123 labels and subdomains, DNS-1035 labels, path segments), the
 * rule the API server applies to the name of each built-in kind, with readable explanations.
 */
public final class Names {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

  /** Kinds whose names are DNS-1123 labels; every other kind has DNS-1123 subdomain names. */
  private static final Set<String> LABEL_KINDS = Set.of("Namespace", "StatefulSet");

  /** Kinds whose names are path segments (anything but "." and ".." without '/' or '%'). */
  private static final Set<String> PATH_SEGMENT_KINDS =
      Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding");

  /**
   * The longest CronJob name: the controller appends an 11-character suffix to name the Jobs it
   * creates, and a Job name must fit a 63-character label.
   */
  public static final int MAX_CRONJOB_NAME = 52;

  /**
   * The longest StatefulSet name whose pods can be created: each pod carries the label {@code
   * controller-revision-hash=<name>-<10-character hash>}, and a label value has at most 63.
   */
  public static final int MAX_STATEFULSET_NAME = 52;

  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private Names() {}

  /** Whether {@code value} is a DNS-1123 label. */
  public static boolean isLabel(String value) {
    return labelProblem(value) == null;
  }

  /** What is wrong with {@code value} as a DNS-1123 label, or null when it is one. */
  public static String labelProblem(String value) {
    if (value == null || value.isEmpty()) {
      return "must not be empty (expected a DNS-1123 label such as \"my-app\")";
    }
    if (value.length() > 63) {
      return "must be at most 63 characters, was " + value.length() + " (\"" + value + "\")";
    }
    if (!LABEL.matcher(value).matches()) {
      return "expected a DNS-1123 label (lower-case letters, digits and '-', starting and ending"
          + " with a letter or digit), was \""
          + value
          + "\"";
    }
    return null;
  }

  /** What is wrong with {@code value} as a DNS-1035 label (Service names), or null. */
  public static String dns1035LabelProblem(String value) {
    String problem = labelProblem(value);
    if (problem != null) {
      return problem;
    }
    if (!DNS1035.matcher(value).matches()) {
      return "expected a DNS-1035 label (lower-case letters, digits and '-', starting with a letter),"
          + " was \""
          + value
          + "\"";
    }
    return null;
  }

  /** What is wrong with {@code value} as a path segment name (RBAC objects), or null. */
  public static String pathSegmentProblem(String value) {
    if (value == null || value.isEmpty()) {
      return "must not be empty";
    }
    if (value.equals(".") || value.equals("..")) {
      return "may not be \"" + value + "\"";
    }
    if (value.indexOf('/') >= 0 || value.indexOf('%') >= 0) {
      return "may not contain '/' or '%', was \"" + value + "\"";
    }
    return null;
  }

  /**
   * What is wrong with {@code name} as the name of an object of {@code kind}, following the API
   * server: a DNS-1123 label for Namespaces and StatefulSets, a DNS-1035 label for Services, a path
   * segment for RBAC objects, a DNS-1123 subdomain for every other kind (custom resources too), and
   * at most 52 characters for a CronJob. Null when the name is valid.
   */
  public static String objectNameProblem(String kind, String name) {
    if ("Service".equals(kind)) {
      return dns1035LabelProblem(name);
    }
    if (LABEL_KINDS.contains(kind)) {
      return labelProblem(name);
    }
    if (PATH_SEGMENT_KINDS.contains(kind)) {
      return pathSegmentProblem(name);
    }
    String problem = subdomainProblem(name);
    if (problem == null && "CronJob".equals(kind) && name.length() > MAX_CRONJOB_NAME) {
      return "a CronJob name must be at most 52 characters (its Jobs are named after it with an"
          + " 11-character suffix), was "
          + name.length()
          + " (\""
          + name
          + "\")";
    }
    return problem;
  }

  /** What is wrong with {@code value} as a DNS-1123 subdomain, or null when it is one. */
  public static String subdomainProblem(String value) {
    if (value == null || value.isEmpty()) {
      return "must not be empty (expected a DNS-1123 subdomain such as \"app-config\")";
    }
    if (value.length() > 253) {
      return "must be at most 253 characters, was " + value.length();
    }
    if (!SUBDOMAIN.matcher(value).matches()) {
      return "expected a DNS-1123 subdomain (lower-case letters, digits, '-' and '.'), was \""
          + value
          + "\"";
    }
    return null;
  }
}
