package dev.stackwright.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.Environment;
import dev.stackwright.core.output.Format;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.output.ManifestFiles;
import dev.stackwright.core.output.ObjectDiff;
import dev.stackwright.core.output.OutputException;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.output.OutputFolder;
import dev.stackwright.core.output.StackOutput;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The synth report: a self-contained HTML page per synthesized stack, written beside its manifests
 * ({@code dist/shop/prod/report.html}), and an index per stack built for named environments that
 * shows them side by side ({@code dist/shop/index.html}). Nothing on the pages is fetched; the
 * topology is SVG drawn at synth time. Like every output the pages are deterministic: the same
 * definition and previous output give the same bytes.
 *
 * <pre>{@code
 * List<String> written = Report.write(OutputFolder.at(Path.of("dist")), results, Layout.PER_OBJECT,
 *     EnumSet.of(Format.PLAIN));
 * }</pre>
 *
 * <p>The CLI's {@code synth --report} does the same. Without it, nothing here runs.
 */
public final class Report {
  /** The report page of a stack, in its plain output folder. */
  public static final String FILE = "report.html";

  /** The index page of a stack's environments, in the stack's folder. */
  public static final String INDEX = "index.html";

  private Report() {}

  /**
   * Writes {@code results} under {@code root} as {@link StackOutput#write} does, with the report
   * pages beside them, all in the same swap: each page compares the fresh objects with what the
   * folder held before.
   *
   * @return the files written, relative to {@code root}
   * @throws OutputException when the previous output cannot be read or the new one written
   */
  public static List<String> write(
      OutputFolder root, List<SynthResult> results, Layout layout, Set<Format> formats) {
    List<OutputFile> all = new ArrayList<>();
    StackOutput.plan(results, layout, formats)
        .forEach(
            (folder, files) ->
                files.forEach(f -> all.add(new OutputFile(folder + "/" + f.path(), f.content()))));
    all.addAll(files(results, layout, formats, previous(root.path(), results)));
    root.replaceWith(all);
    return all.stream().map(OutputFile::path).toList();
  }

  /**
   * The objects an earlier output under {@code root} holds for each result's folder: empty for a
   * result whose folder holds no plain YAML.
   */
  public static List<Optional<Map<String, JsonNode>>> previous(
      Path root, List<SynthResult> results) {
    List<Optional<Map<String, JsonNode>>> out = new ArrayList<>();
    for (SynthResult r : results) {
      Path folder = root.resolve(StackOutput.folderOf(r));
      try {
        Map<String, JsonNode> objects = ObjectDiff.read(folder);
        out.add(objects.isEmpty() ? Optional.empty() : Optional.of(objects));
      } catch (IOException e) {
        throw new OutputException(
            "cannot read the previous output " + folder + " for the report: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * The report files of {@code results}, relative to the output root: a page per result, and an
   * index per stack built for named environments.
   *
   * @param previous what each result's folder held before (same order as {@code results})
   */
  public static List<OutputFile> files(
      List<SynthResult> results,
      Layout layout,
      Set<Format> formats,
      List<Optional<Map<String, JsonNode>>> previous) {
    Map<String, List<SynthResult>> byStack = new LinkedHashMap<>();
    for (SynthResult r : results) {
      if (!Environment.DEFAULT.equals(r.environment())) {
        byStack.computeIfAbsent(r.stackName(), k -> new ArrayList<>()).add(r);
      }
    }
    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      SynthResult r = results.get(i);
      boolean indexed = byStack.containsKey(r.stackName());
      List<JsonNode> trees;
      try {
        trees = Yaml.trees(r.objects());
      } catch (IOException e) {
        throw new OutputException("cannot read the objects for the report: " + e.getMessage(), e);
      }
      Optional<List<ObjectDiff.Change>> changes =
          previous.get(i).map(before -> ObjectDiff.compare(before, ObjectDiff.byKey(trees)));
      String html =
          new ReportPage(
                  r,
                  formats.contains(Format.PLAIN)
                      ? Optional.of(ManifestFiles.fileOfEach(r, layout))
                      : Optional.empty(),
                  changes,
                  trees,
                  indexed ? Optional.of("../" + INDEX) : Optional.empty())
              .html();
      files.add(new OutputFile(StackOutput.folderOf(r) + "/" + FILE, html));
    }
    byStack.forEach(
        (stack, environments) ->
            files.add(
                new OutputFile(
                    stack + "/" + INDEX,
                    StackIndex.html(environments, r -> r.environment().name() + "/" + FILE))));
    return files;
  }
}
