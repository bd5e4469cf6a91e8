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
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealedSecretTest {
  private static final Path CRD =
      Path.of("src/test/resources/crds/secrets/bitnami.com_sealedsecrets.yaml");

  /** Stands for kubeseal's output: base64 of 2 + 512 + 48 bytes, as a 4096-bit key seals. */
  static final String SEALED = sealed(1);

  static String sealed(int seed) {
    byte[] bytes = new byte[2 + 512 + 48];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + seed);
    }
    return Base64.getEncoder().encodeToString(bytes);
  }

  static Stack stack(Component... components) {
    return Stack.builder()
        .name("shop")
        .target(TargetCluster.builder().provides(Prerequisite.FLUX).build())
        .addNamespace(Namespace.of("shop"))
        .addNamespace(Namespace.of("kube-system"))
        .add(SealedSecretsController.release("kube-system"))
        .add(components)
        .build();
  }

  @Test
  void aSealedSecretCarriesOnlyCiphertextAndIsValidForItsCrd() {
    SealedSecret token =
        SealedSecret.builder()
            .name("payments-api")
            .namespace("shop")
            .putEncryptedData("token", SEALED)
            .putEncryptedData("client-id", sealed(2))
            .scope(SealedSecret.Scope.NAMESPACE_WIDE)
            .secretType("Opaque")
            .build();
    SynthResult result = Synthesizer.synthesize(stack(token));

    assertThat(result).isOk();
    GenericKubernetesResource sealed =
        (GenericKubernetesResource)
            result.find("SealedSecret", "shop", "payments-api").orElseThrow();
    assertThat(sealed.getApiVersion()).isEqualTo("bitnami.com/v1alpha1");
    assertThat(sealed.getMetadata().getAnnotations())
        .containsEntry(SealedSecret.NAMESPACE_WIDE, "true");
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) sealed.getAdditionalProperties().get("spec");
    assertThat(spec.get("encryptedData"))
        .isEqualTo(Map.of("client-id", sealed(2), "token", SEALED));
    CrdSchemas.assertValid(sealed, CRD);
    StageWalk.walk(result);
    assertThat(result.stages().stages().get(1).objects())
        .extracting(o -> o.object().getKind())
        .contains("SealedSecret")
        .doesNotContain("HelmRelease");
  }

  @Test
  void aPodRefersToTheSecretItUnsealsInto() {
    SealedSecret s =
        SealedSecret.builder()
            .name("token")
            .namespace("shop")
            .putEncryptedData("t", SEALED)
            .build();
    SecretRef ref = s.ref();

    assertThat(ref.name()).isEqualTo("token");
    assertThat(ref.origin()).isEqualTo(SecretRef.Origin.SEALED_SECRET);
    assertThat(ref.component()).contains(s);
  }

  @Test
  void plaintextInsteadOfCiphertextIsAnError() {
    SealedSecret leaked =
        SealedSecret.builder()
            .name("payments-api")
            .namespace("shop")
            .putEncryptedData("token", "hunter2")
            .putEncryptedData("short", Base64.getEncoder().encodeToString(new byte[40]))
            .build();

    assertThat(stack(leaked))
        .hasError(
            SecretRules.NOT_SEALED,
            "sealed-secret payments-api / encryptedData.token",
            "never commit the plaintext")
        .hasError(SecretRules.NOT_SEALED, "sealed-secret payments-api / encryptedData.short");
  }

  @Test
  void aSealedSecretWithoutValuesIsAnError() {
    assertThat(stack(SealedSecret.builder().name("none").namespace("shop").build()))
        .hasError(SecretRules.NOT_SEALED, "sealed-secret none / encryptedData");
  }
}
