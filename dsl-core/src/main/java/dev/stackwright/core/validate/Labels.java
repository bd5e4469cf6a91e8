package dev.stackwright.core.validate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Kubernetes rules for label and annotation keys (qualified names: an optional DNS-1123
 * subdomain prefix of at most 253 characters, a {@code /}, and a name of at most 63 characters) and
 * for label values (at most 63 characters of the same alphabet, or empty), with readable
 * explanations. Annotation values are free text, limited only in total size.
 */
public final class Labels {
  /** The most characters a label value or the name part of a key may have. */
  public static final int MAX_NAME = 63;

  /** The most characters the prefix of a key may have. */
  public static final int MAX_PREFIX = 253;

  /** The most bytes all annotations of one object may take together (keys and values): 256 KiB. */
  public static final int MAX_ANNOTATIONS_SIZE = 256 * 1024;

  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

  private Labels() {}

  /** What is wrong with {@code key} as a label key, or null when it is one. */
  public static String keyProblem(String key) {
    if (key == null || key.isEmpty()) {
      return "a key must not be empty";
    }
    int slash = key.indexOf('/');
    String name = key;
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      name = key.substring(slash + 1);
      if (prefix.isEmpty()) {
        return "the prefix before '/' must not be empty in key \"" + key + "\"";
      }
      if (prefix.length() > MAX_PREFIX) {
        return "the prefix of key \""
            + key
            + "\" must be at most 253 characters, was "
            + prefix.length();
      }
      if (Names.subdomainProblem(prefix) != null) {
        return "the prefix \""
            + prefix
            + "\" of key \""
            + key
            + "\" must be a DNS-1123 subdomain (lower-case letters, digits, '-' and '.')";
      }
    }
    if (name.isEmpty()) {
      return "the name part of key \"" + key + "\" must not be empty";
    }
    if (name.length() > MAX_NAME) {
      return "the name part of key \""
          + key
          + "\" must be at most 63 characters, was "
          + name.length();
    }
    if (!NAME.matcher(name).matches()) {
      return "key \""
          + key
          + "\" is not valid: the name part may hold letters, digits, '-', '_' and '.', starting"
          + " and ending with a letter or digit"
          + (name.indexOf('/') >= 0 ? ", and only one '/' separates the prefix" : "");
    }
    return null;
  }

  /**
   * What is wrong with {@code key} as an annotation key, or null when it is one. The API server
   * checks annotation keys in lower case, so upper-case letters are allowed there.
   */
  public static String annotationKeyProblem(String key) {
    return keyProblem(key == null ? null : key.toLowerCase(Locale.ROOT));
  }

  /** What is wrong with {@code value} as a label value, or null when it is one. */
  public static String valueProblem(String value) {
    if (value == null) {
      return "a label value must not be null (use \"\" for an empty value)";
    }
    if (value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_NAME) {
      return "a label value must be at most 63 characters, was " + value.length();
    }
    if (!NAME.matcher(value).matches()) {
      return "a label value may hold letters, digits, '-', '_' and '.', starting and ending with a"
          + " letter or digit, was \""
          + value
          + "\"";
    }
    return null;
  }
}
