package dev.stackwright.security.secrets;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.pod.SecretRef;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.StageWalk;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalSecretTest {
  static final Path CRDS = Path.of("src/test/resources/crds/secrets");

  static final SecretStore VAULT =
      SecretStore.of("vault", StoreProvider.vault("https://vault.example.com", "secret", "shop"))
          .cluster();
  static final SecretStore AWS =
      SecretStore.of("aws", StoreProvider.awsSecretsManager("eu-central-1")).withNamespace("shop");

  static ExternalSecret.Builder db() {
    return ExternalSecret.builder()
        .name("orders-db")
        .namespace("shop")
        .store(VAULT)
        .addData(RemoteKey.of("username", "shop/orders-db", "username"))
        .addData(RemoteKey.of("password", "shop/orders-db", "password"));
  }

  static Stack stack(Component... components) {
    return Stack.builder()
        .name("shop")
        .target(TargetCluster.builder().provides(Prerequisite.FLUX).build())
        .addNamespace(Namespace.of("shop"))
        .addNamespace(Namespace.of("other"))
        .addNamespace(Namespace.of("external-secrets"))
        .add(ExternalSecretsOperator.release("external-secrets"))
        .add(components)
        .build();
  }

  static GenericKubernetesResource object(SynthResult result, String kind, String name) {
    return (GenericKubernetesResource)
        result.objects().stream()
            .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
            .findFirst()
            .orElseThrow();
  }

  @Test
  void externalSecretReadsEachKeyFromItsStore() {
    SynthResult result = Synthesizer.synthesize(stack(VAULT, AWS, db().build()));

    assertThat(result).isOk();
    GenericKubernetesResource es = object(result, "ExternalSecret", "orders-db");
    assertThat(es.getApiVersion()).isEqualTo("external-secrets.io/v1");
    assertThat(es.getAdditionalProperties().get("spec"))
        .isEqualTo(
            Map.of(
                "refreshInterval", "1h",
                "secretStoreRef", Map.of("kind", "ClusterSecretStore", "name", "vault"),
                "target", Map.of("name", "orders-db", "creationPolicy", "Owner"),
                "data",
                    List.of(
                        Map.of(
                            "secretKey",
                            "username",
                            "remoteRef",
                            Map.of("key", "shop/orders-db", "property", "username")),
                        Map.of(
                            "secretKey",
                            "password",
                            "remoteRef",
                            Map.of("key", "shop/orders-db", "property", "password")))));
    assertThat(object(result, "ClusterSecretStore", "vault").getMetadata().getNamespace()).isNull();
  }

  @Test
  void everyObjectIsValidForTheOperatorsCrds() {
    ExternalSecret whole =
        ExternalSecret.builder()
            .name("payments")
            .namespace("shop")
            .store(AWS)
            .targetName("payments-api")
            .refreshInterval("15m")
            .addExtract("shop/payments")
            .build();
    SecretStore gcp =
        SecretStore.builder()
            .name("gcp")
            .provider(StoreProvider.gcpSecretManager("shop-prod"))
            .scope(SecretStore.Scope.CLUSTER)
            .addAllowedNamespace("shop")
            .build();
    SynthResult result = Synthesizer.synthesize(stack(VAULT, AWS, gcp, db().build(), whole));

    CrdSchemas.assertValid(
        object(result, "ExternalSecret", "orders-db"),
        CRDS.resolve("external-secrets.io_externalsecrets.yaml"));
    CrdSchemas.assertValid(
        object(result, "ExternalSecret", "payments"),
        CRDS.resolve("external-secrets.io_externalsecrets.yaml"));
    CrdSchemas.assertValid(
        object(result, "SecretStore", "aws"),
        CRDS.resolve("external-secrets.io_secretstores.yaml"));
    CrdSchemas.assertValid(
        object(result, "ClusterSecretStore", "vault"),
        CRDS.resolve("external-secrets.io_clustersecretstores.yaml"));
    CrdSchemas.assertValid(
        object(result, "ClusterSecretStore", "gcp"),
        CRDS.resolve("external-secrets.io_clustersecretstores.yaml"));
  }

  @Test
  void theOperatorIsAppliedBeforeTheResourcesItsCrdsServe() {
    SynthResult result = Synthesizer.synthesize(stack(VAULT, db().build()));

    assertThat(result.stages().stages()).hasSize(2);
    assertThat(result.stages().stages().get(1).objects())
        .extracting(o -> o.object().getKind())
        .contains("ExternalSecret", "ClusterSecretStore");
    StageWalk.walk(result);
  }

  @Test
  void withoutTheOperatorTheKindsAreUnknown() {
    Stack noOperator =
        Stack.builder()
            .name("shop")
            .target(TargetCluster.builder().provides(Prerequisite.FLUX).build())
            .addNamespace(Namespace.of("shop"))
            .add(VAULT, db().build())
            .build();

    assertThat(Synthesizer.synthesize(noOperator).ok()).isFalse();
  }

  @Test
  void aPodRefersToTheSecretTheExternalSecretWrites() {
    ExternalSecret es = db().targetName("orders-db-credentials").build();
    SecretRef ref = es.ref();

    assertThat(ref.name()).isEqualTo("orders-db-credentials");
    assertThat(ref.origin()).isEqualTo(SecretRef.Origin.EXTERNAL_SECRET);
    assertThat(ref.component()).contains(es);
  }

  @Test
  void anExternalSecretWithoutAStoreIsAnError() {
    ExternalSecret es =
        ExternalSecret.builder()
            .name("orders-db")
            .namespace("shop")
            .addData(RemoteKey.of("password", "shop/orders-db"))
            .build();

    assertThat(stack(es))
        .hasError(SecretRules.NO_STORE, "stack shop / external-secret orders-db / store");
  }

  @Test
  void aStoreOfAnotherNamespaceIsAnError() {
    ExternalSecret es = db().namespace("other").store(AWS).build();

    assertThat(stack(AWS, es))
        .hasError(
            SecretRules.STORE_SCOPE,
            "external-secret orders-db / store",
            "SecretStore aws serves namespace shop only");
  }

  @Test
  void aClusterStoreLimitedToOtherNamespacesIsAnError() {
    SecretStore limited = SecretStore.builder().from(VAULT).addAllowedNamespace("payments").build();

    assertThat(stack(limited, db().store(limited).build()))
        .hasError(
            SecretRules.STORE_SCOPE,
            "external-secret orders-db / store",
            "allows namespaces payments only");
  }

  @Test
  void aKeyWithoutRemoteKeyIsAnError() {
    ExternalSecret es = db().addData(RemoteKey.of("host", " ")).build();

    assertThat(stack(VAULT, es))
        .hasError(SecretRules.NO_REMOTE_KEY, "external-secret orders-db / data[2].remoteKey");
  }

  @Test
  void badKeysEmptyDataAndBadStoresAreErrors() {
    ExternalSecret empty =
        ExternalSecret.builder().name("empty").namespace("shop").store(VAULT).build();
    ExternalSecret badKey =
        db().name("bad")
            .addData(RemoteKey.of("pass word", "x"))
            .addData(RemoteKey.of("username", "y"))
            .refreshInterval("hourly")
            .build();
    SecretStore plainVault =
        SecretStore.of("plain", StoreProvider.vault("http://vault:8200", "", "shop"))
            .withNamespace("shop");

    assertThat(stack(VAULT, plainVault, empty, badKey))
        .hasError(SecretRules.NO_DATA, "external-secret empty / data")
        .hasError(SecretRules.INVALID_KEY, "external-secret bad / data[2].secretKey")
        .hasError(SecretRules.INVALID_KEY, "external-secret bad / data[3].secretKey")
        .hasError(SecretRules.INVALID_DURATION, "external-secret bad / refreshInterval")
        .hasError(SecretRules.INVALID_STORE, "secret-store plain / provider.vault.server")
        .hasError(SecretRules.INVALID_STORE, "secret-store plain / provider.vault.path");
  }

  @Test
  void aStoreMissingFromTheStackIsAnError() {
    assertThat(Synthesizer.synthesize(stack(db().build())).ok()).isFalse();
  }
}
