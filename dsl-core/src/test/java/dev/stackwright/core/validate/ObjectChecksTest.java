package dev.stackwright.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The object-level pass: what the API server would refuse in a synthesized object is an error with
 * the component, the object and the field in its path, whichever component made the object.
 */
class ObjectChecksTest {
  private static final String AT = "stack shop / test api / ";

  private static SynthResult synth(String yaml) {
    TestComponent api = TestComponent.of("api");
    for (HasMetadata o : read(yaml)) {
      api.with(o);
    }
    return Synthesizer.synthesize(
        Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(api).build());
  }

  static List<HasMetadata> read(String yaml) {
    try {
      return Yaml.readAll(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stack whose component makes one generic (untyped) Deployment with this spec. */
  private static SynthResult synthGeneric(Map<String, Object> spec) {
    GenericKubernetesResource deployment =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("apps/v1")
            .withKind("Deployment")
            .withNewMetadata()
            .withName("api")
            .withNamespace("shop")
            .endMetadata()
            .withAdditionalProperties(Map.of("spec", spec))
            .build();
    return Synthesizer.synthesize(
        Stack.builder()
            .name("shop")
            .addNamespace(Namespace.of("shop"))
            .add(TestComponent.of("api").with(deployment))
            .build());
  }

  private static Diagnostic error(String rule, String path, String message) {
    return new Diagnostic(Severity.ERROR, rule, AT + path, message);
  }

  @Test
  void labelKeysAndValuesAreCheckedOnMetadataPodTemplatesAndSelectors() {
    SynthResult result =
        synth(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: shop
              labels:
                example.com/team: payments
                "team/": x
            spec:
              selector:
                matchLabels:
                  app: "-api"
                matchExpressions:
                  - {key: "tier", operator: In, values: []}
                  - {key: "Bad_Prefix.com/x", operator: Exists}
                  - {key: "track", operator: Near, values: ["a"]}
              template:
                metadata:
                  labels:
                    version: "1.0 final"
                spec:
                  containers:
                    - name: app
                      image: registry.example.com/api:1.0
            """);

    assertThat(result.ok()).isFalse();
    assertThat(result.objects()).isEmpty();
    assertThat(result.diagnostics())
        .containsExactlyInAnyOrder(
            error(
                Rules.INVALID_LABEL,
                "Deployment api / metadata.labels[\"team/\"]",
                "the name part of key \"team/\" must not be empty"),
            error(
                Rules.INVALID_LABEL,
                "Deployment api / spec.selector.matchLabels[\"app\"]",
                "a label value may hold letters, digits, '-', '_' and '.', starting and ending"
                    + " with a letter or digit, was \"-api\""),
            error(
                Rules.INVALID_SELECTOR,
                "Deployment api / spec.selector.matchExpressions[0].values",
                "operator In needs at least one value"),
            error(
                Rules.INVALID_LABEL,
                "Deployment api / spec.selector.matchExpressions[1].key",
                "the prefix \"Bad_Prefix.com\" of key \"Bad_Prefix.com/x\" must be a DNS-1123"
                    + " subdomain (lower-case letters, digits, '-' and '.')"),
            error(
                Rules.INVALID_SELECTOR,
                "Deployment api / spec.selector.matchExpressions[2].operator",
                "expected In, NotIn, Exists or DoesNotExist, was \"Near\""),
            error(
                Rules.INVALID_LABEL,
                "Deployment api / spec.template.metadata.labels[\"version\"]",
                "a label value may hold letters, digits, '-', '_' and '.', starting and ending"
                    + " with a letter or digit, was \"1.0 final\""));
  }

  @Test
  void aLabelValueOverSixtyThreeCharactersIsAnError() {
    String long64 = "a".repeat(64);
    SynthResult result =
        synth(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              labels:
                owner: %s
            """
                .formatted(long64));

    assertThat(result.diagnostics())
        .containsExactly(
            error(
                Rules.INVALID_LABEL,
                "ConfigMap settings / metadata.labels[\"owner\"]",
                "a label value must be at most 63 characters, was 64"));
  }

  @Test
  void annotationKeysAreCheckedAndTheirTotalSizeIsLimitedTo256KiB() {
    String big = "x".repeat(Labels.MAX_ANNOTATIONS_SIZE);
    SynthResult result =
        synth(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: big
              annotations:
                Example.com/Checksum: ok
                "a b": c
                note: %s
            """
                .formatted(big));

    assertThat(result.diagnostics())
        .containsExactlyInAnyOrder(
            error(
                Rules.INVALID_ANNOTATION,
                "ConfigMap big / metadata.annotations[\"a b\"]",
                "key \"a b\" is not valid: the name part may hold letters, digits, '-', '_' and"
                    + " '.', starting and ending with a letter or digit"),
            error(
                Rules.INVALID_ANNOTATION,
                "ConfigMap big / metadata.annotations",
                "annotations take 262174 bytes together; the API server accepts at most 262144"
                    + " (256 KiB)"));
  }

  @Test
  void namesFollowTheRuleOfTheirKind() {
    SynthResult result =
        synth(
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: 1api
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: api.settings
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: %s
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers: [{name: app, image: registry.example.com/report:1.0}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: "reader/all"
            """
                .formatted("n".repeat(53)));

    assertThat(result.diagnostics())
        .containsExactlyInAnyOrder(
            error(
                Rules.INVALID_NAME,
                "Service 1api / metadata.name",
                "expected a DNS-1035 label (lower-case letters, digits and '-', starting with a"
                    + " letter), was \"1api\""),
            error(
                Rules.INVALID_NAME,
                "CronJob " + "n".repeat(53) + " / metadata.name",
                "a CronJob name must be at most 52 characters (its Jobs are named after it with"
                    + " an 11-character suffix), was 53 (\""
                    + "n".repeat(53)
                    + "\")"),
            error(
                Rules.INVALID_NAME,
                "Role reader/all / metadata.name",
                "may not contain '/' or '%', was \"reader/all\""));
  }

  @Test
  void namesTheControllersDeriveMustBeValidToo() {
    String sts = "s".repeat(53);
    String job = "j".repeat(64);
    SynthResult result =
        synth(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: %s
            spec:
              replicas: 100
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec:
                  containers: [{name: db, image: registry.example.com/db:1.0}]
              volumeClaimTemplates:
                - metadata: {name: %s}
                  spec:
                    resources: {requests: {storage: 1Gi}}
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: %s
            spec:
              template:
                spec:
                  containers: [{name: app, image: registry.example.com/job:1.0}]
            """
                .formatted(sts, "d".repeat(197), job));

    assertThat(result.diagnostics())
        .containsExactlyInAnyOrder(
            error(
                Rules.INVALID_NAME,
                "StatefulSet " + sts + " / metadata.name",
                "a StatefulSet name must be at most 52 characters: its pods carry the label"
                    + " controller-revision-hash=<name>-<10-character hash>, which must fit 63,"
                    + " was 53"),
            error(
                Rules.INVALID_NAME,
                "StatefulSet " + sts + " / spec.volumeClaimTemplates[0].metadata.name",
                "the claim name "
                    + "d".repeat(197)
                    + "-"
                    + sts
                    + "-99 (template-pod) is not valid: must be at most 253 characters, was 254"),
            error(
                Rules.INVALID_NAME,
                "Job " + job + " / metadata.name",
                "a Job name must be at most 63 characters (its pods carry it in the job-name"
                    + " label), was 64"));
  }

  @Test
  void negativeAndMalformedQuantitiesAreErrorsWithTheirPath() {
    SynthResult result =
        synth(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers:
                    - name: app
                      image: registry.example.com/api:1.0
                      resources:
                        requests: {cpu: "-1", memory: "128Mi"}
                        limits: {memory: "-1", cpu: "1 core"}
            ---
            apiVersion: v1
            kind: ResourceQuota
            metadata:
              name: quota
            spec:
              hard: {requests.memory: "-2Gi"}
            """);

    assertThat(result.diagnostics())
        .containsExactlyInAnyOrder(
            error(
                Rules.INVALID_QUANTITY,
                "Deployment api / spec.template.spec.containers[0].resources.requests.cpu",
                "must not be negative, was \"-1\""),
            error(
                Rules.INVALID_QUANTITY,
                "Deployment api / spec.template.spec.containers[0].resources.limits.memory",
                "must not be negative, was \"-1\""),
            error(
                Rules.INVALID_QUANTITY,
                "Deployment api / spec.template.spec.containers[0].resources.limits.cpu",
                "expected a Kubernetes quantity such as 250m, 1.5, 512Mi or 10G, was \"1 core\""),
            error(
                Rules.INVALID_QUANTITY,
                "ResourceQuota quota / spec.hard.requests.memory",
                "must not be negative, was \"-2Gi\""));
  }

  @Test
  void aCronJobTimeZoneMustExistInTheIanaDatabase() {
    SynthResult result =
        synth(
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
            spec:
              schedule: "0 3 * * *"
              timeZone: Europe/Berlln
              jobTemplate:
                spec:
                  template:
                    metadata:
                      labels: {"app": "re port"}
                    spec:
                      restartPolicy: Sometimes
                      containers: [{name: app, image: registry.example.com/report:1.0}]
            """);

    assertThat(result.diagnostics())
        .containsExactlyInAnyOrder(
            error(
                Rules.INVALID_TIME_ZONE,
                "CronJob report / spec.timeZone",
                "\"Europe/Berlln\" is not a time zone of the IANA database (expected a name such"
                    + " as Europe/Paris, America/New_York or UTC)"),
            error(
                Rules.INVALID_LABEL,
                "CronJob report / spec.jobTemplate.spec.template.metadata.labels[\"app\"]",
                "a label value may hold letters, digits, '-', '_' and '.', starting and ending"
                    + " with a letter or digit, was \"re port\""),
            error(
                Rules.INVALID_ENUM,
                "CronJob report / spec.jobTemplate.spec.template.spec.restartPolicy",
                "expected one of Always, Never, OnFailure, was \"Sometimes\""));
  }

  @Test
  void validTimeZonesQuantitiesAndFluxDurationsPass() {
    SynthResult result =
        synth(
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
            spec:
              schedule: "0 3 * * *"
              timeZone: America/Argentina/Buenos_Aires
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: registry.example.com/report:1.0
                          resources: {requests: {cpu: 250m, memory: 1.5Gi}}
            ---
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: cache
            spec:
              interval: 1h30m
            """);

    assertThat(result.ok()).as("%s", result.diagnostics()).isTrue();
  }

  @Test
  void fluxIntervalsAreGoDurations() {
    SynthResult result =
        synth(
            """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: cache
            spec:
              interval: 30 minutes
            """);

    assertThat(result.diagnostics())
        .containsExactly(
            error(
                Rules.INVALID_DURATION,
                "HelmRelease cache / spec.interval",
                "expected a duration such as 30s, 10m or 1h30m (units ms, s, m, h), was \"30"
                    + " minutes\""));
  }

  @Test
  void stackLabelsAreCheckedOnceAtTheStack() {
    SynthResult result =
        Synthesizer.synthesize(
            Stack.builder()
                .name("shop")
                .addNamespace(Namespace.of("shop"))
                .add(TestComponent.of("api"), TestComponent.of("web"))
                .putLabel("cost center", "42")
                .build());

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                Rules.INVALID_LABEL,
                "stack shop / labels[\"cost center\"]",
                "key \"cost center\" is not valid: the name part may hold letters, digits, '-',"
                    + " '_' and '.', starting and ending with a letter or digit"));
  }

  @Test
  void namespaceLabelsAreChecked() {
    SynthResult result =
        Synthesizer.synthesize(
            Stack.builder()
                .name("shop")
                .addNamespace(Namespace.builder().name("shop").putLabel("mesh", "on!").build())
                .build());

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                Rules.INVALID_LABEL,
                "stack shop / namespace shop / Namespace shop / metadata.labels[\"mesh\"]",
                "a label value may hold letters, digits, '-', '_' and '.', starting and ending"
                    + " with a letter or digit, was \"on!\""));
  }

  @Test
  void aStatefulSetNameIsCheckedEvenWithoutASpec() {
    String sts = "s".repeat(53);
    SynthResult result =
        synth(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: %s
              namespace: shop
            """
                .formatted(sts));

    assertThat(result.diagnostics())
        .containsExactly(
            error(
                Rules.INVALID_NAME,
                "StatefulSet " + sts + " / metadata.name",
                "a StatefulSet name must be at most 52 characters: its pods carry the label"
                    + " controller-revision-hash=<name>-<10-character hash>, which must fit 63,"
                    + " was 53"));
  }

  @Test
  void aGenericObjectOfABuiltInKindIsCheckedInsideLikeATypedOne() {
    SynthResult result =
        synthGeneric(
            Map.of(
                "selector",
                Map.of("matchLabels", Map.of("app", "api")),
                "template",
                Map.of(
                    "metadata",
                    Map.of("labels", Map.of("app", "api")),
                    "spec",
                    Map.of(
                        "containers",
                        List.of(
                            Map.of(
                                "name",
                                "app",
                                "image",
                                "registry.example.com/api:1.0",
                                "imagePullPolicy",
                                "Sometimes"))))));

    assertThat(result.diagnostics())
        .containsExactly(
            error(
                Rules.INVALID_ENUM,
                "Deployment api / spec.template.spec.containers[0].imagePullPolicy",
                "expected one of Always, IfNotPresent, Never, was \"Sometimes\""));
  }

  @Test
  void aGenericObjectWhoseFieldsDoNotFitItsKindIsAnError() {
    SynthResult result = synthGeneric(Map.of("replicas", "many"));

    assertThat(result.ok()).isFalse();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo(Rules.MANIFEST);
              assertThat(d.path()).isEqualTo(AT + "Deployment api");
              assertThat(d.message()).startsWith("is not a valid Deployment: ").contains("many");
            });
  }
}
