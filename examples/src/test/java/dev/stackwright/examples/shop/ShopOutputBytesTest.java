package dev.stackwright.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Layer;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shop's manifests on disk, in every layout, have exactly the bytes of serializing each object
 * one after the other with Stackwright's Jackson YAML mapper, as the writer did before it
 * serialized and wrote on every core.
 */
class ShopOutputBytesTest {

  @ParameterizedTest
  // The shop has no per-layer layout: its layers need each other both ways (the snapshot job needs
  // the database's StatefulSet, the monitoring release its storage class, istiod the collector).
  @CsvSource({"dev, SINGLE_FILE", "dev, PER_OBJECT", "prod, SINGLE_FILE", "prod, PER_OBJECT"})
  void manifestsHaveTheBytesOfSequentialJacksonOutput(String env, Layout layout, @TempDir Path dir)
      throws IOException {
    SynthResult result = Synthesizer.strict().run(ShopPlatform.stack(Environment.of(env)));
    Path out = dir.resolve("dist");

    List<String> written = StackOutput.write(OutputFolder.at(out), List.of(result), layout);

    List<String> manifests =
        written.stream()
            .filter(p -> p.endsWith(".yaml") && !p.endsWith("/kustomization.yaml"))
            // The environment's own folder; the delivery folders hold the same documents.
            .filter(p -> p.startsWith("shop/" + env + "/") && p.indexOf('/', 6 + env.length()) < 0)
            .toList();
    List<String> expected = sequential(result, layout);
    assertThat(manifests).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(Files.readAllBytes(out.resolve(manifests.get(i))))
          .as(manifests.get(i))
          .isEqualTo(expected.get(i).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The text of each manifest file of {@code layout}, serialized in turn on this thread. */
  private static List<String> sequential(SynthResult result, Layout layout)
      throws JsonProcessingException {
    List<String> files = new ArrayList<>();
    Map<Layer, StringBuilder> byLayer = new EnumMap<>(Layer.class);
    StringBuilder all = new StringBuilder();
    for (SynthObject o : result.entries()) {
      String document = "---\n" + Yaml.mapper().writeValueAsString(o.object());
      switch (layout) {
        case SINGLE_FILE -> all.append(document);
        case PER_LAYER ->
            byLayer.computeIfAbsent(o.layer(), l -> new StringBuilder()).append(document);
        case PER_OBJECT -> files.add(document);
      }
    }
    if (layout == Layout.SINGLE_FILE) {
      files.add(all.toString());
    }
    byLayer.values().forEach(text -> files.add(text.toString()));
    return files;
  }
}
