package dev.stackwright.core.output;

import dev.stackwright.core.Environment;
import dev.stackwright.core.synth.SynthResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes synthesized stacks into one output root: a folder per stack, and below it a folder per
 * environment when the stack was built for a named one ({@code dist/shop/prod/}). The whole root is
 * replaced at once, so a run writes every stack or none.
 */
public final class StackOutput {
  private StackOutput() {}

  /** The folder of a result below the output root, e.g. {@code shop} or {@code shop/prod}. */
  public static String folderOf(SynthResult result) {
    return Environment.DEFAULT.equals(result.environment())
        ? result.stackName()
        : result.stackName() + "/" + result.environment().name();
  }

  /**
   * The files of every result, by folder, in {@code layout}.
   *
   * @throws OutputException when two results would share one folder
   */
  public static Map<String, List<OutputFile>> plan(List<SynthResult> results, Layout layout) {
    Map<String, List<OutputFile>> byFolder = new LinkedHashMap<>();
    for (SynthResult r : results) {
      String folder = folderOf(r);
      if (byFolder.put(folder, ManifestFiles.of(r, layout)) != null) {
        throw new OutputException(
            "two stacks would be written to " + folder + "; give them different names", null);
      }
    }
    return byFolder;
  }

  /** Writes every result under {@code root}, replacing it whole; returns the files written. */
  public static List<String> write(OutputFolder root, List<SynthResult> results, Layout layout) {
    List<OutputFile> all = new ArrayList<>();
    plan(results, layout)
        .forEach(
            (folder, files) ->
                files.forEach(f -> all.add(new OutputFile(folder + "/" + f.path(), f.content()))));
    root.replaceWith(all);
    return all.stream().map(OutputFile::path).toList();
  }
}
