package dev.stackwright.core;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;

import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import org.junit.jupiter.api.Test;

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
}
