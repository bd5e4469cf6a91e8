package dev.stackwright.core.helm;

/**
 * The grammars values.schema.json holds values to, as anchored regular expressions that Go's RE2
 * (Helm's JSON Schema validator) and Java read the same way: what the API server, or the container
 * runtime pulling an image, accepts.
 */
final class SchemaPatterns {
  private static final String DOMAIN_COMPONENT =
      "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN_AND_PORT =
      "(?:"
          + DOMAIN_COMPONENT
          + "(?:\\."
          + DOMAIN_COMPONENT
          + ")*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?";
  private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
  private static final String NAME =
      "(?:" + DOMAIN_AND_PORT + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST =
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";

  /** An image repository with its optional registry: the name grammar of distribution/reference. */
  static final String REPOSITORY = "^" + NAME + "$";

  /** An image tag: a word character, then up to 127 word characters, dots and dashes. */
  static final String IMAGE_TAG = "^" + TAG + "$";

  /** A whole image reference: {@code repository[:tag][@digest]}. */
  static final String IMAGE = "^" + NAME + "(?::" + TAG + ")?(?:@" + DIGEST + ")?$";

  /**
   * A non-negative resource quantity in the grammar of Kubernetes' {@code resource.Quantity}: a
   * decimal number, then a binary ({@code Ki..Ei}) or decimal ({@code n u m k M G T P E}) suffix or
   * an exponent ({@code e3}). Requests and limits below zero are refused by the API server, so no
   * minus sign.
   */
  static final String QUANTITY =
      "^\\+?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$";

  /**
   * A host of an Ingress rule or a Gateway API hostname: a lower-case DNS subdomain, optionally
   * behind a {@code *.} wildcard (the Gateway API's own pattern).
   */
  static final String HOSTNAME =
      "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

  private SchemaPatterns() {}
}
