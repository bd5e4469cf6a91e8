package dev.stackwright.crd;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.ClusterRules;
import dev.stackwright.core.stage.Stage;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import dev.stackwright.core.testing.StageWalk;
import dev.stackwright.crd.keda.ScaledObjectCrd;
import dev.stackwright.crd.keda.v1alpha1.ScaledObject;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomResourceComponentTest {

  static int stageOf(SynthResult result, String kind, String name) {
    for (Stage stage : result.stages().stages()) {
      for (SynthObject o : stage.objects()) {
        if (o.object().getKind().equals(kind) && o.object().getMetadata().getName().equals(name)) {
          return stage.index();
        }
      }
    }
    throw new AssertionError(kind + " " + name + " is in no stage");
  }

  @Test
  void anImportedResourceSynthesizesAsItsTypedClassAfterTheReleaseInstallingItsCrd() {
    SynthResult result =
        Synthesizer.synthesize(
            Keda.stack(ScaledObjectCrd.component(Keda.scaler("api", "api")), Keda.release())
                .build());

    assertThat(result).isOk();
    assertThat(result)
        .object(ScaledObject.class, "api")
        .satisfies(
            s -> {
              assertThat(s.getApiVersion()).isEqualTo("keda.sh/v1alpha1");
              assertThat(s.getMetadata().getNamespace()).isEqualTo("shop");
              assertThat(s.getSpec().getScaleTargetRef().getName()).isEqualTo("api");
              assertThat(s.getSpec().getMaxReplicaCount()).isEqualTo(10);
              assertThat(s.getMetadata().getLabels())
                  .containsEntry("app.kubernetes.io/managed-by", "stackwright");
            });
    ScaledObject written =
        result.objects().stream()
            .filter(ScaledObject.class::isInstance)
            .map(ScaledObject.class::cast)
            .findFirst()
            .orElseThrow();
    CrdSchemas.assertValid(written, Keda.CRD_FILE);
    assertThat(stageOf(result, "ScaledObject", "api"))
        .isGreaterThan(stageOf(result, "HelmRelease", "keda"));
    StageWalk.walk(result);
  }

  @Test
  void theObjectPassedInIsCopiedNotChanged() {
    ScaledObject scaler = Keda.scaler("api", "api");
    SynthResult result =
        Synthesizer.synthesize(
            Keda.stack(ScaledObjectCrd.component(scaler), Keda.release()).build());

    assertThat(result).isOk();
    assertThat(scaler.getMetadata().getNamespace()).isNull();
    assertThat(scaler.getMetadata().getLabels()).isNullOrEmpty();
  }

  @Test
  void theResourcesOwnNamespaceOrTheBuildersIsKept() {
    ScaledObject scaler = Keda.scaler("api", "api");
    scaler.getMetadata().setNamespace("keda");
    CustomResourceComponent other =
        CustomResourceComponent.builder()
            .resource(Keda.scaler("worker", "worker"))
            .crd(ScaledObjectCrd.CRD)
            .namespace("keda")
            .build();
    SynthResult result =
        Synthesizer.synthesize(
            Keda.stack(ScaledObjectCrd.component(scaler), other, Keda.release()).build());

    assertThat(result).isOk();
    assertThat(result)
        .object(ScaledObject.class, "api")
        .extracting(s -> s.getMetadata().getNamespace())
        .isEqualTo("keda");
    assertThat(result)
        .object(ScaledObject.class, "worker")
        .extracting(s -> s.getMetadata().getNamespace())
        .isEqualTo("keda");
  }

  @Test
  void everySchemaViolationIsReportedAtItsFieldAllAtOnce() {
    ScaledObject missing = Keda.scaler("api", "api");
    missing.getSpec().setScaleTargetRef(null);
    missing.getSpec().setMinReplicaCount(-1);
    GenericKubernetesResource untyped =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("keda.sh/v1alpha1")
            .withKind("ScaledObject")
            .withNewMetadata()
            .withName("worker")
            .endMetadata()
            .addToAdditionalProperties(
                "spec",
                Map.of(
                    "scaleTargetRef",
                    Map.of("name", "worker"),
                    "pollingIntervall",
                    30,
                    "triggers",
                    List.of(
                        Map.of(
                            "type", "cpu",
                            "metadata", Map.of("value", "60"),
                            "authenticationRef", Map.of("name", "a", "kind", "Secret")))))
            .build();

    SynthResult result =
        Synthesizer.synthesize(
            Keda.stack(
                    ScaledObjectCrd.component(missing),
                    CustomResourceComponent.of(untyped, ScaledObjectCrd.CRD),
                    Keda.release())
                .build());

    assertThat(result)
        .isNotOk()
        .hasError(CrdRules.SCHEMA, "scaledobject api / ScaledObject shop/api / spec.scaleTargetRef")
        .hasError(
            CrdRules.SCHEMA,
            "scaledobject api / ScaledObject shop/api / spec.minReplicaCount",
            "minimum value of 0")
        .hasError(
            CrdRules.SCHEMA,
            "scaledobject worker / ScaledObject shop/worker / spec.pollingIntervall",
            "unknown fields are refused")
        .hasError(
            CrdRules.SCHEMA,
            "scaledobject worker / ScaledObject shop/worker / spec.triggers[0].authenticationRef.kind",
            "TriggerAuthentication");
    assertThat(result.errors()).hasSize(4);
  }

  @Test
  void aKindNoReleaseInstallsIsTheUnknownKindEveryCustomResourceGets() {
    SynthResult result =
        Synthesizer.synthesize(
            Keda.stack(ScaledObjectCrd.component(Keda.scaler("api", "api"))).build());

    assertThat(result)
        .isNotOk()
        .hasError(ClusterRules.UNKNOWN_KIND, "scaledobject api / ScaledObject shop/api");
  }

  @Test
  void anObjectOfAnotherKindOrAnUnservedVersionIsRefused() {
    GenericKubernetesResource other =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("keda.sh/v2")
            .withKind("ScaledObject")
            .withNewMetadata()
            .withName("api")
            .endMetadata()
            .build();
    GenericKubernetesResource configMap =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("v1")
            .withKind("ConfigMap")
            .withNewMetadata()
            .withName("settings")
            .endMetadata()
            .build();

    SynthResult result =
        Synthesizer.synthesize(
            Keda.stack(
                    CustomResourceComponent.of(other, ScaledObjectCrd.CRD),
                    CustomResourceComponent.of(configMap, ScaledObjectCrd.CRD),
                    Keda.release())
                .build());

    assertThat(result)
        .hasError(CrdRules.UNSERVED_VERSION, "scaledobject api / apiVersion")
        .hasError(CrdRules.WRONG_KIND, "configmap settings / kind");
  }

  @Test
  void aCrdThatCannotBeReadIsReportedNotThrown() {
    ImportedCrd missing = ImportedCrd.classpath(Keda.class, "no-such.yaml");
    ImportedCrd notACrd = ImportedCrd.of("settings.yaml", "apiVersion: v1\nkind: ConfigMap\n");

    SynthResult result =
        Synthesizer.synthesize(
            Keda.stack(
                    CustomResourceComponent.of(Keda.scaler("api", "api"), missing),
                    CustomResourceComponent.of(Keda.scaler("worker", "worker"), notACrd),
                    Keda.release())
                .build());

    assertThat(result)
        .hasError(CrdRules.INVALID_CRD, "scaledobject api / crd", "is not on the class path")
        .hasError(
            CrdRules.INVALID_CRD,
            "scaledobject worker / crd",
            "expected a CustomResourceDefinition of apiextensions.k8s.io/v1");
  }

  @Test
  void theDescriptorKnowsTheKindItsCrdDefines() {
    assertThat(ScaledObjectCrd.CRD.problems()).isEmpty();
    assertThat(ScaledObjectCrd.CRD.apiKind().crdName()).isEqualTo("scaledobjects.keda.sh");
    assertThat(ImportedCrd.read(Keda.CRD_FILE).yaml()).isEqualTo(ScaledObjectCrd.CRD.yaml());
  }

  static final ImportedCrd CLUSTER_WIDGETS =
      ImportedCrd.of(
          "widgets.yaml",
          """
          apiVersion: apiextensions.k8s.io/v1
          kind: CustomResourceDefinition
          metadata:
            name: widgets.example.com
          spec:
            group: example.com
            names:
              kind: Widget
              plural: widgets
            scope: Cluster
            versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      properties:
                        size:
                          type: integer
          """);

  static GenericKubernetesResource widget(String name, String namespace) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("example.com/v1")
        .withKind("Widget")
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .addToAdditionalProperties("spec", Map.of("size", 3))
        .build();
  }

  /** A stack that states no target: its custom kinds are assumed installed. */
  static Stack withoutTarget(CustomResourceComponent component) {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .defaultNamespace("shop")
        .add(component)
        .build();
  }

  @Test
  void aClusterScopedKindGetsNoNamespaceAndRefusesOne() {
    SynthResult ok =
        Synthesizer.synthesize(
            withoutTarget(CustomResourceComponent.of(widget("big", null), CLUSTER_WIDGETS)));
    SynthResult bad =
        Synthesizer.synthesize(
            withoutTarget(CustomResourceComponent.of(widget("big", "shop"), CLUSTER_WIDGETS)));

    assertThat(ok).isOk();
    assertThat(ok.objects())
        .filteredOn(o -> o.getKind().equals("Widget"))
        .singleElement()
        .satisfies(w -> assertThat(w.getMetadata().getNamespace()).isNull());
    assertThat(bad).hasError(CrdRules.CLUSTER_SCOPED, "widget big / metadata.namespace");
  }
}
