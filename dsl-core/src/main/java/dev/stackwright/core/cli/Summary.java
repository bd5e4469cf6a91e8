package dev.stackwright.core.cli;

import dev.stackwright.core.Layer;
import dev.stackwright.core.output.Layout;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.validate.Acknowledged;
import dev.stackwright.core.validate.Acknowledgement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The short console summary after a synth: objects per kind and per layer, files, warnings. */
final class Summary {
  private Summary() {}

  static void print(
      PrintWriter out, List<SynthResult> results, Path root, Layout layout, List<String> files) {
    for (SynthResult r : results) {
      Map<Layer, Integer> byLayer = new EnumMap<>(Layer.class);
      Map<String, Integer> byKind = new TreeMap<>();
      for (SynthObject o : r.entries()) {
        byLayer.merge(o.layer(), 1, Integer::sum);
        byKind.merge(o.object().getKind(), 1, Integer::sum);
      }
      int warnings = r.warnings().size();
      out.printf(
          "%s: %d objects, %d %s%n",
          Console.label(r), r.objects().size(), warnings, warnings == 1 ? "warning" : "warnings");
      out.println("  by layer: " + join(byLayer));
      out.println("  by kind:  " + join(byKind));
      acknowledged(out, r);
    }
    out.printf(
        "wrote %d files (%s layout) to %s%n",
        files.size(), layout.option(), root.toAbsolutePath().normalize());
  }

  /**
   * The acknowledgements that covered warnings of {@code r}: each with the number of warnings it
   * covered and its reason, in the order the definition states them.
   */
  static void acknowledged(PrintWriter out, SynthResult r) {
    Map<Acknowledgement, Integer> counts = new LinkedHashMap<>();
    for (Acknowledged a : r.acknowledged()) {
      counts.merge(a.by(), 1, Integer::sum);
    }
    if (counts.isEmpty()) {
      return;
    }
    out.printf(
        "  acknowledged: %d %s%n",
        r.acknowledged().size(), r.acknowledged().size() == 1 ? "warning" : "warnings");
    counts.forEach(
        (a, n) ->
            out.printf(
                "    %s at %s (%d): %s%n", a.rule(), a.pathIn(r.stackName()), n, a.reason()));
  }

  private static String join(Map<?, Integer> counts) {
    return counts.entrySet().stream()
        .map(
            e ->
                (e.getKey() instanceof Layer l ? l.label() : e.getKey().toString())
                    + " "
                    + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
