package dev.stackwright.security.secrets;

import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Where a {@link SecretStore} reads secrets from: the provider's key in the store's {@code
 * spec.provider} and its settings. Factories cover the common providers; {@link #custom(String,
 * Map)} reaches every other one the operator supports.
 *
 * <pre>{@code
 * StoreProvider.vault("https://vault.example.com", "secret", "shop")
 * StoreProvider.awsSecretsManager("eu-central-1")
 * }</pre>
 */
@Value.Immutable
public abstract class StoreProvider {

  /** The provider's key in {@code spec.provider}: {@code vault}, {@code aws}, {@code gcpsm}... */
  @Value.Parameter
  public abstract String type();

  /** The provider's settings, as the store's CRD spells them. */
  @Value.Parameter
  public abstract Map<String, Object> settings();

  /**
   * HashiCorp Vault's KV version 2 engine mounted at {@code path} on {@code server}, logging in
   * with Kubernetes auth (mounted at {@code kubernetes}) as Vault role {@code role}.
   */
  public static StoreProvider vault(String server, String path, String role) {
    Map<String, Object> settings = new TreeMap<>();
    settings.put("server", server);
    settings.put("path", path);
    settings.put("version", "v2");
    settings.put("auth", Map.of("kubernetes", Map.of("mountPath", "kubernetes", "role", role)));
    return ImmutableStoreProvider.of("vault", settings);
  }

  /**
   * AWS Secrets Manager in {@code region}, with the credentials of the operator's pod (IRSA or EKS
   * Pod Identity).
   */
  public static StoreProvider awsSecretsManager(String region) {
    return ImmutableStoreProvider.of("aws", Map.of("service", "SecretsManager", "region", region));
  }

  /** Google Secret Manager of project {@code projectId}, with workload identity. */
  public static StoreProvider gcpSecretManager(String projectId) {
    return ImmutableStoreProvider.of("gcpsm", Map.of("projectID", projectId));
  }

  /** Any provider the operator supports, as {@code spec.provider.<type>} with {@code settings}. */
  public static StoreProvider custom(String type, Map<String, Object> settings) {
    return ImmutableStoreProvider.of(type, settings);
  }

  /** The settings a provider needs, blank ones included: each must be present and not blank. */
  Map<String, String> required() {
    return switch (type()) {
      case "vault" -> Map.of("server", "a Vault URL", "path", "the KV engine's mount path");
      case "aws" -> Map.of("region", "an AWS region", "service", "SecretsManager");
      case "gcpsm" -> Map.of("projectID", "a Google Cloud project id");
      default -> Map.of();
    };
  }
}
