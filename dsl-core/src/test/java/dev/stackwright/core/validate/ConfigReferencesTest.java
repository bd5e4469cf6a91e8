package dev.stackwright.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;

/**
 * A pod that refers by name to a ConfigMap or Secret that the stack neither has nor declares as
 * existing gets a warning at the exact field; what the stack provides is never reported.
 */
class ConfigReferencesTest {
  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
        namespace: shop
      spec:
        selector: {matchLabels: {app: api}}
        template:
          metadata: {labels: {app: api}}
          spec:
            imagePullSecrets: [{name: registry}]
            containers:
              - name: app
                image: registry.example.com/api:1.0
                env:
                  - name: DATABASE_URL
                    valueFrom: {secretKeyRef: {name: database, key: url}}
                  - name: FLAG
                    valueFrom: {configMapKeyRef: {name: flags, key: flag, optional: true}}
                envFrom:
                  - configMapRef: {name: api-env}
            volumes:
              - name: config
                configMap: {name: api-config}
              - name: tls
                secret: {secretName: api-tls}
              - name: bundle
                projected:
                  sources:
                    - configMap: {name: ca-bundle}
      """;

  private static SynthResult synth(Stack.Builder stack, String yaml) {
    TestComponent api = TestComponent.of("api");
    for (HasMetadata o : ObjectChecksTest.read(yaml)) {
      api.with(o);
    }
    return Synthesizer.synthesize(stack.add(api).build());
  }

  private static Stack.Builder shop() {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop"));
  }

  private static Diagnostic warning(String field, String kind, String name) {
    return new Diagnostic(
        Severity.WARNING,
        Rules.UNKNOWN_CONFIG_REFERENCE,
        "stack shop / test api / Deployment api / spec.template.spec." + field,
        "refers to "
            + kind
            + " \""
            + name
            + "\", which is neither an object of the stack nor declared as existing in namespace"
            + " shop; add it to the stack, or declare it with"
            + " Stack.builder().addExistingObject(ExistingObject."
            + (kind.equals("Secret") ? "secret" : "configMap")
            + "(\""
            + name
            + "\"))");
  }

  @Test
  void everyUnknownReferenceIsAWarningAtItsField() {
    SynthResult result = synth(shop(), DEPLOYMENT);

    assertThat(result.ok()).isTrue();
    assertThat(result.warnings())
        .containsExactly(
            warning("containers[0].env[0].valueFrom.secretKeyRef.name", "Secret", "database"),
            warning("containers[0].envFrom[0].configMapRef.name", "ConfigMap", "api-env"),
            warning("volumes[0].configMap.name", "ConfigMap", "api-config"),
            warning("volumes[1].secret.secretName", "Secret", "api-tls"),
            warning("volumes[2].projected.sources[0].configMap.name", "ConfigMap", "ca-bundle"),
            warning("imagePullSecrets[0].name", "Secret", "registry"));
    assertThat(Synthesizer.strict().run(shop().add(TestComponent.of("web")).build()).ok()).isTrue();
  }

  @Test
  void objectsOfTheStackSealedAndExternalSecretsAndExistingObjectsAreKnown() {
    SynthResult result =
        synth(
            shop()
                .addExistingObject(ExistingObject.secret("registry"))
                .addExistingObject(ExistingObject.configMap("shop", "ca-bundle")),
            DEPLOYMENT
                + """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: api-env, namespace: shop}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: api-config, namespace: shop}
                ---
                apiVersion: bitnami.com/v1alpha1
                kind: SealedSecret
                metadata: {name: api-tls, namespace: shop}
                ---
                apiVersion: external-secrets.io/v1beta1
                kind: ExternalSecret
                metadata: {name: database-from-vault, namespace: shop}
                spec:
                  target: {name: database}
                """);

    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void anObjectOfTheSameNameInAnotherNamespaceDoesNotCount() {
    SynthResult result =
        synth(
            shop().addNamespace(Namespace.of("other")).defaultNamespace("shop"),
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: api, namespace: shop}
            spec:
              containers:
                - name: app
                  image: registry.example.com/api:1.0
                  envFrom: [{secretRef: {name: shared}}]
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: shared, namespace: other}
            """);

    assertThat(result.warnings())
        .extracting(Diagnostic::path)
        .containsExactly(
            "stack shop / test api / Pod api / spec.containers[0].envFrom[0].secretRef.name");
  }
}
