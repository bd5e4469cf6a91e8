package dev.stackwright.core;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.validate.Severity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatchTest {

  private static Stack.Builder shop() {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .add(TestComponent.of("api"));
  }

  @Test
  void aTypedPatchChangesAnyFieldOfTheSynthesizedObject() {
    Stack stack =
        shop()
            .addPatch(
                Patch.typed(
                    ConfigMap.class,
                    "api",
                    cm -> new ConfigMapBuilder(cm).addToData("extra", "yes").build()))
            .build();

    assertThat(stack)
        .object(ConfigMap.class, "api")
        .extracting(cm -> cm.getData().get("extra"))
        .isEqualTo("yes");
  }

  @Test
  void aJsonPatchFollowsRfc6902() {
    Stack stack =
        shop()
            .addPatch(
                Patch.json(
                    "ConfigMap",
                    "shop",
                    "api",
                    "[{\"op\":\"replace\",\"path\":\"/data/name\",\"value\":\"patched\"},"
                        + "{\"op\":\"add\",\"path\":\"/metadata/annotations\",\"value\":{\"a\":\"b\"}}]"))
            .build();

    assertThat(stack)
        .object(ConfigMap.class, "api")
        .satisfies(
            cm -> {
              org.assertj.core.api.Assertions.assertThat(cm.getData())
                  .containsEntry("name", "patched");
              org.assertj.core.api.Assertions.assertThat(cm.getMetadata().getAnnotations())
                  .containsEntry("a", "b");
            });
  }

  @Test
  void patchesThatMatchNothingOrFailAreErrorsNotNoOps() {
    Stack stack =
        shop()
            .addPatch(Patch.json("ConfigMap", "nope", "[]"))
            .addPatch(Patch.json("ConfigMap", "api", "{not json"))
            .addPatch(
                Patch.json(
                    "ConfigMap",
                    "api",
                    "[{\"op\":\"test\",\"path\":\"/data/name\",\"value\":\"other\"}]"))
            .build();

    assertThat(stack)
        .hasError(Rules.PATCH, "patches[0] (ConfigMap nope)")
        .hasError(Rules.PATCH, "patches[1] (ConfigMap api)")
        .hasError(Rules.PATCH, "patches[2] (ConfigMap api)");
  }

  private static Diagnostic patchError(String op, String message) {
    return new Diagnostic(
        Severity.ERROR,
        Rules.PATCH,
        "stack shop / patches[0] (ConfigMap api)",
        "cannot apply the patch: operations[1] (" + op + "): " + message);
  }

  /** The first operation succeeds, the second is the one under test. */
  private static SynthResult patched(String operation) {
    return Synthesizer.synthesize(
        shop()
            .addPatch(
                Patch.json(
                    "ConfigMap",
                    "api",
                    "[{\"op\":\"add\",\"path\":\"/data/extra\",\"value\":\"1\"},"
                        + operation
                        + "]"))
            .build());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'op':'remove','path':'/data/missing'}"
            + "|remove /data/missing"
            + "|the path does not exist in the object, so there is nothing to remove",
        "{'op':'replace','path':'/metadata/annotations','value':{}}"
            + "|replace /metadata/annotations"
            + "|the path does not exist in the object, so there is nothing to replace",
        "{'op':'add','path':'/spec/replicas','value':2}"
            + "|add /spec/replicas"
            + "|the parent of /spec/replicas does not exist; add the parent first (an add creates"
            + " one level)",
        "{'op':'move','from':'/data/nope','path':'/data/other'}"
            + "|move /data/other"
            + "|the from path /data/nope does not exist in the object",
        "{'op':'copy','from':'/data/nope','path':'/data/other'}"
            + "|copy /data/other"
            + "|the from path /data/nope does not exist in the object",
        "{'op':'test','path':'/data/extra','value':'2'}" + "|test /data/extra|",
        "{'op':'merge','path':'/data'}"
            + "|merge /data"
            + "|unknown op \"merge\"; expected add, remove, replace, move, copy or test",
        "{'op':'add','value':1}" + "|add|the operation has no \"path\""
      })
  void eachOperationThatCannotApplyIsAnErrorNamingIt(String operation, String op, String message) {
    SynthResult result = patched(operation.replace('\'', '"'));

    assertThat(result.ok()).isFalse();
    if (message == null) {
      // zjsonpatch words the failed test itself; the operation is still named.
      assertThat(result.errors())
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.message())
                      .startsWith("cannot apply the patch: operations[1] (" + op + "): "));
    } else {
      assertThat(result.errors()).containsExactly(patchError(op, message));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'op':'remove','path':'/data/extra'}",
        "{'op':'replace','path':'/data/extra','value':'2'}",
        "{'op':'add','path':'/metadata/labels','value':{'tier':'web'}}",
        "{'op':'move','from':'/data/extra','path':'/data/moved'}",
        "{'op':'copy','from':'/data/extra','path':'/data/copied'}",
        "{'op':'test','path':'/data/extra','value':'1'}",
        "{'op':'add','path':'/data/-','value':'1'}"
      })
  void eachOperationAppliesToAPathThatExists(String operation) {
    SynthResult result = patched(operation.replace('\'', '"'));

    if (operation.contains("/data/-")) {
      // "-" appends to an array only; data is an object, so this adds a key called "-".
      assertThat(result.find(ConfigMap.class, "shop", "api").orElseThrow().getData())
          .containsKey("-");
    } else {
      assertThat(result.ok()).as("%s", result.diagnostics()).isTrue();
    }
  }
}
