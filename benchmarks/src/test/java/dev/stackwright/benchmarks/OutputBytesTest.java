package dev.stackwright.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stackwright.core.Layer;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.ManifestFiles;
import dev.stackwright.core.output.OutputFile;
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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The output on disk, in every layout, has exactly the bytes of serializing each object one after
 * the other with Stackwright's Jackson YAML mapper, as the writer did before it serialized and
 * wrote on every core: the reference workload with 120 services (843 objects, enough to be split
 * between threads).
 */
class OutputBytesTest {
  private static final int SERVICES = 120;

  @ParameterizedTest
  @EnumSource(Layout.class)
  void everyManifestFileHasTheBytesOfSequentialJacksonOutput(Layout layout, @TempDir Path dir)
      throws IOException {
    SynthResult result = Synthesizer.synthesize(DslWorkload.stack(SERVICES)).orThrow();
    Path out = dir.resolve("dist");

    List<String> written = StackOutput.write(OutputFolder.at(out), List.of(result), layout);

    List<OutputFile> expected = sequential(result, layout);
    assertThat(expected).isNotEmpty();
    for (OutputFile f : expected) {
      String path = StackOutput.folderOf(result) + "/" + f.path();
      assertThat(written).contains(path);
      assertThat(Files.readAllBytes(out.resolve(path)))
          .as(path)
          .isEqualTo(f.content().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(ManifestFiles.of(result, layout).subList(0, expected.size())).isEqualTo(expected);
  }

  /** The manifest files of {@code layout}, each document serialized in turn on this thread. */
  private static List<OutputFile> sequential(SynthResult result, Layout layout)
      throws JsonProcessingException {
    List<OutputFile> files = new ArrayList<>();
    switch (layout) {
      case SINGLE_FILE -> {
        StringBuilder all = new StringBuilder();
        for (SynthObject o : result.entries()) {
          all.append("---\n").append(Yaml.mapper().writeValueAsString(o.object()));
        }
        files.add(new OutputFile("manifests.yaml", all.toString()));
      }
      case PER_LAYER -> {
        Map<Layer, StringBuilder> byLayer = new EnumMap<>(Layer.class);
        for (SynthObject o : result.entries()) {
          byLayer
              .computeIfAbsent(o.layer(), l -> new StringBuilder())
              .append("---\n")
              .append(Yaml.mapper().writeValueAsString(o.object()));
        }
        List<OutputFile> planned = ManifestFiles.of(result, layout);
        int i = 0;
        for (StringBuilder text : byLayer.values()) {
          files.add(new OutputFile(planned.get(i++).path(), text.toString()));
        }
      }
      case PER_OBJECT -> {
        List<OutputFile> planned = ManifestFiles.of(result, layout);
        List<SynthObject> entries = result.entries();
        for (int i = 0; i < entries.size(); i++) {
          files.add(
              new OutputFile(
                  planned.get(i).path(),
                  "---\n" + Yaml.mapper().writeValueAsString(entries.get(i).object())));
        }
      }
    }
    return files;
  }
}
