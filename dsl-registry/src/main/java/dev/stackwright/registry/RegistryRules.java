package dev.stackwright.registry;

/** The stable ids of the rules the registry layer checks. */
public final class RegistryRules {
  /** A Harbor without storage for its registry (the images themselves). */
  public static final String NO_STORAGE = "registry.no-storage";

  /** A storage claim for Harbor without a size. */
  public static final String INVALID_STORAGE = "registry.invalid-storage";

  /** A Harbor exposed through an Ingress without a TLS Secret. */
  public static final String NO_TLS = "registry.no-tls";

  /** A Harbor host that is not a DNS name. */
  public static final String INVALID_HOST = "registry.invalid-host";

  /** An ingress or gateway class no controller in the stack or the cluster serves. */
  public static final String UNSERVED_CLASS = "registry.unserved-class";

  /** A proxy-cache project with an invalid name, or two for one registry or one name. */
  public static final String INVALID_PROJECT = "registry.invalid-project";

  private RegistryRules() {}
}
