package dev.stackwright.security.secrets;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Where {@link ExternalSecret}s read from: an External Secrets Operator {@code SecretStore}
 * (external-secrets.io/v1) that ExternalSecrets of its own namespace may use, or, with {@link
 * #cluster()}, a {@code ClusterSecretStore} that ExternalSecrets of every namespace (or of {@link
 * #allowedNamespaces()}) may use.
 *
 * <pre>{@code
 * SecretStore vault = SecretStore.of("vault",
 *     StoreProvider.vault("https://vault.example.com", "secret", "shop")).cluster();
 * }</pre>
 */
@Value.Immutable
public abstract class SecretStore implements Component {

  /** Who may use a store. */
  public enum Scope {
    /** ExternalSecrets of the store's namespace: a {@code SecretStore}. */
    NAMESPACE("SecretStore"),
    /** ExternalSecrets of any namespace: a {@code ClusterSecretStore}. */
    CLUSTER("ClusterSecretStore");

    private final String kind;

    Scope(String kind) {
      this.kind = kind;
    }

    /** The kind of the store object. */
    public String kind() {
      return kind;
    }
  }

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** Where the store reads from. */
  public abstract StoreProvider provider();

  /** Who may use the store; its own namespace by default. */
  @Value.Default
  public Scope scope() {
    return Scope.NAMESPACE;
  }

  /**
   * For a cluster store: the only namespaces whose ExternalSecrets may use it (the store's {@code
   * conditions}); every namespace when empty.
   */
  public abstract List<String> allowedNamespaces();

  /** A namespaced store called {@code name} reading from {@code provider}. */
  public static SecretStore of(String name, StoreProvider provider) {
    return builder().name(name).provider(provider).build();
  }

  /** A builder for a store. */
  public static Builder builder() {
    return new Builder();
  }

  /** This store as a {@code ClusterSecretStore}, usable from every namespace. */
  public SecretStore cluster() {
    return builder().from(this).scope(Scope.CLUSTER).build();
  }

  /** This store, in namespace {@code namespace}. */
  public abstract SecretStore withNamespace(String namespace);

  /** The kind of the store object: {@code SecretStore} or {@code ClusterSecretStore}. */
  public String storeKind() {
    return scope().kind();
  }

  /** Whether an ExternalSecret in {@code namespace} may use this store in {@code context}. */
  boolean usableFrom(String namespace, SynthContext context) {
    return scope() == Scope.CLUSTER
        ? allowedNamespaces().isEmpty() || allowedNamespaces().contains(namespace)
        : context.namespaceOf(this).equals(namespace);
  }

  @Override
  public String kind() {
    return scope() == Scope.CLUSTER ? "cluster-secret-store" : "secret-store";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  @Override
  public boolean namespaced() {
    return scope() == Scope.NAMESPACE;
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.label("provider.type", provider().type());
    new TreeMap<>(provider().required())
        .forEach(
            (key, expected) -> {
              Object value = provider().settings().get(key);
              checks.require(
                  value != null && !value.toString().isBlank(),
                  SecretRules.INVALID_STORE,
                  "provider." + provider().type() + "." + key,
                  "a %s store needs %s: expected %s",
                  provider().type(),
                  key,
                  expected);
            });
    if (provider().type().equals("vault")) {
      Object server = provider().settings().get("server");
      checks.require(
          server == null || server.toString().startsWith("https://"),
          SecretRules.INVALID_STORE,
          "provider.vault.server",
          "expected an https:// URL so secrets never travel in the clear, was \"%s\"",
          server);
    }
    checks.require(
        scope() == Scope.CLUSTER || allowedNamespaces().isEmpty(),
        SecretRules.STORE_SCOPE,
        "allowedNamespaces",
        "a SecretStore serves only its own namespace; allowed namespaces apply to a"
            + " ClusterSecretStore (call cluster())");
    for (int i = 0; i < allowedNamespaces().size(); i++) {
      checks.label("allowedNamespaces[" + i + "]", allowedNamespaces().get(i));
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    Map<String, Object> spec = new TreeMap<>();
    spec.put("provider", Map.of(provider().type(), provider().settings()));
    if (scope() == Scope.CLUSTER && !allowedNamespaces().isEmpty()) {
      spec.put("conditions", List.of(Map.of("namespaces", List.copyOf(allowedNamespaces()))));
    }
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(ExternalSecretsOperator.API_VERSION)
            .withKind(storeKind())
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds a {@link SecretStore}. */
  public static class Builder extends ImmutableSecretStore.Builder {}
}
