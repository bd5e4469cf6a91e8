package dev.stackwright.security.secrets;

/** The stable ids of the secrets rules. */
public final class SecretRules {
  /** An ExternalSecret that names no store to read from. */
  public static final String NO_STORE = "security.external-secret-no-store";

  /**
   * An ExternalSecret reading from a store it may not use: a SecretStore of another namespace, or a
   * ClusterSecretStore whose namespace conditions leave the ExternalSecret's namespace out.
   */
  public static final String STORE_SCOPE = "security.secret-store-scope";

  /** A key of an ExternalSecret with no remote key to read it from. */
  public static final String NO_REMOTE_KEY = "security.external-secret-no-remote-key";

  /** An ExternalSecret with nothing to read: no keys and no whole remote secrets. */
  public static final String NO_DATA = "security.external-secret-no-data";

  /** A secret key name the Secret cannot hold, or given twice. */
  public static final String INVALID_KEY = "security.invalid-secret-key";

  /** A SecretStore without a provider setting it needs. */
  public static final String INVALID_STORE = "security.invalid-secret-store";

  /** A SealedSecret value that is not kubeseal's ciphertext, so probably plaintext. */
  public static final String NOT_SEALED = "security.sealed-secret-not-sealed";

  /** An invalid duration (a refresh interval). */
  public static final String INVALID_DURATION = "security.invalid-duration";

  private SecretRules() {}
}
