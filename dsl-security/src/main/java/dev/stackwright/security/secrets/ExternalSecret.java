package dev.stackwright.security.secrets;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.contract.SecretSource;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Secret whose data the External Secrets Operator copies from an external store: an {@code
 * ExternalSecret} (external-secrets.io/v1) that reads {@link #data()} keys (and whole remote
 * secrets, {@link #extract()}) from its {@link #store()} into the Secret {@link #secretName()},
 * which the operator owns. The definition holds only where the values live, never the values. Pods
 * refer to the Secret with {@code SecretRef.of(externalSecret)}, which orders them after it.
 *
 * <pre>{@code
 * ExternalSecret db = ExternalSecret.builder()
 *     .name("orders-db").namespace("shop").store(vault)
 *     .addData(RemoteKey.of("username", "shop/orders-db", "username"))
 *     .addData(RemoteKey.of("password", "shop/orders-db", "password"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ExternalSecret implements SecretSource {
  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");
  private static final Pattern DURATION = Pattern.compile("([0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h))+");

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The store to read from: a SecretStore of this namespace, or a ClusterSecretStore. */
  public abstract Optional<SecretStore> store();

  /** The keys of the Secret, each read from a remote key. */
  public abstract List<RemoteKey> data();

  /** Remote secrets copied whole (each of their properties becomes a key). */
  public abstract List<String> extract();

  /** The name of the Secret written; the ExternalSecret's own name by default. */
  @Value.Default
  public String targetName() {
    return name();
  }

  /** How often the operator reads the store again (a Go duration); {@code 1h} by default. */
  @Value.Default
  public String refreshInterval() {
    return "1h";
  }

  @Override
  public String secretName() {
    return targetName();
  }

  @Override
  public SecretRef.Origin origin() {
    return SecretRef.Origin.EXTERNAL_SECRET;
  }

  /** A reference to the Secret this writes, for env vars, mounts and pull secrets. */
  public SecretRef ref() {
    return SecretRef.of(this);
  }

  @Override
  public String kind() {
    return "external-secret";
  }

  @Override
  public Layer layer() {
    return Layer.SECURITY;
  }

  @Override
  public List<Component> dependsOn() {
    return store().map(s -> List.<Component>of(s)).orElse(List.of());
  }

  /** A builder for an ExternalSecret. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.subdomain("name", name());
    checks.subdomain("targetName", targetName());
    checks.require(
        DURATION.matcher(refreshInterval()).matches(),
        SecretRules.INVALID_DURATION,
        "refreshInterval",
        "expected a duration such as 1h or 15m, was \"%s\"",
        refreshInterval());
    String ns = context.namespaceOf(this);
    if (store().isEmpty()) {
      checks.error(
          SecretRules.NO_STORE,
          "store",
          "an ExternalSecret reads from a store: give it a SecretStore of namespace %s or a"
              + " ClusterSecretStore with store(...)",
          ns);
    } else if (!store().get().usableFrom(ns, context)) {
      SecretStore s = store().get();
      checks.error(
          SecretRules.STORE_SCOPE,
          "store",
          s.scope() == SecretStore.Scope.NAMESPACE
              ? "SecretStore %s serves namespace %s only, but this ExternalSecret is in %s; use a"
                  + " SecretStore of %s or a ClusterSecretStore (SecretStore.cluster())"
              : "ClusterSecretStore %s allows namespaces %s only, but this ExternalSecret is in %s;"
                  + " add %s to its allowedNamespaces",
          s.name(),
          s.scope() == SecretStore.Scope.NAMESPACE
              ? context.namespaceOf(s)
              : String.join(", ", s.allowedNamespaces()),
          ns,
          ns);
    }
    checks.require(
        !data().isEmpty() || !extract().isEmpty(),
        SecretRules.NO_DATA,
        "data",
        "an ExternalSecret needs at least one key (addData(RemoteKey.of(...))) or a remote"
            + " secret to extract");
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < data().size(); i++) {
      RemoteKey key = data().get(i);
      String field = "data[" + i + "]";
      checks.require(
          SECRET_KEY.matcher(key.secretKey()).matches() && key.secretKey().length() <= 253,
          SecretRules.INVALID_KEY,
          field + ".secretKey",
          "a Secret key is letters, digits, '-', '_' and '.', was \"%s\"",
          key.secretKey());
      checks.require(
          keys.add(key.secretKey()),
          SecretRules.INVALID_KEY,
          field + ".secretKey",
          "key %s is read twice; each key of the Secret once",
          key.secretKey());
      checks.require(
          !key.remoteKey().isBlank(),
          SecretRules.NO_REMOTE_KEY,
          field + ".remoteKey",
          "key %s has no remote key to read from; name the secret in the store",
          key.secretKey());
      key.property()
          .ifPresent(
              p ->
                  checks.require(
                      !p.isBlank(),
                      SecretRules.NO_REMOTE_KEY,
                      field + ".property",
                      "the property of key %s is blank; leave it out to read the whole value",
                      key.secretKey()));
    }
    for (int i = 0; i < extract().size(); i++) {
      checks.require(
          !extract().get(i).isBlank(),
          SecretRules.NO_REMOTE_KEY,
          "extract[" + i + "]",
          "a remote secret to extract needs its key in the store");
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    SecretStore s = store().orElseThrow();
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("refreshInterval", refreshInterval());
    spec.put("secretStoreRef", Map.of("kind", s.storeKind(), "name", s.name()));
    spec.put("target", Map.of("name", targetName(), "creationPolicy", "Owner"));
    List<Object> data = new ArrayList<>();
    for (RemoteKey key : data()) {
      Map<String, Object> remote = new LinkedHashMap<>();
      remote.put("key", key.remoteKey());
      key.property().ifPresent(p -> remote.put("property", p));
      data.add(Map.of("secretKey", key.secretKey(), "remoteRef", remote));
    }
    if (!data.isEmpty()) {
      spec.put("data", data);
    }
    if (!extract().isEmpty()) {
      spec.put(
          "dataFrom", extract().stream().map(k -> Map.of("extract", Map.of("key", k))).toList());
    }
    return List.of(
        new GenericKubernetesResourceBuilder()
            .withApiVersion(ExternalSecretsOperator.API_VERSION)
            .withKind("ExternalSecret")
            .withMetadata(context.metadata(this).build())
            .withAdditionalProperties(Map.of("spec", spec))
            .build());
  }

  /** Builds an {@link ExternalSecret}. */
  public static class Builder extends ImmutableExternalSecret.Builder {}
}
