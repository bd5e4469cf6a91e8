package dev.stackwright.core.stage;

import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.yaml.Yaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Merges the extra files of several components into the files of one folder: YAML documents of one
 * path merge (maps key by key, lists concatenated in order, equal scalars), text files of one path
 * must be identical. Conflicts are returned, not thrown, for the synthesizer to report.
 */
public final class ExtraFiles {

  /**
   * The merged files and what could not be merged.
   *
   * @param files the content of every path, sorted by path
   * @param conflicts one message per conflicting path
   */
  public record Merged(Map<String, String> files, List<String> conflicts) {}

  private ExtraFiles() {}

  /** Merges {@code files}, in order. */
  public static Merged merge(List<ExtraFile> files) {
    Map<String, Object> yaml = new LinkedHashMap<>();
    Map<String, String> text = new LinkedHashMap<>();
    List<String> conflicts = new ArrayList<>();
    for (ExtraFile f : files) {
      if (f.text().isPresent()) {
        String previous = text.putIfAbsent(f.path(), f.text().get());
        if (yaml.containsKey(f.path()) || (previous != null && !previous.equals(f.text().get()))) {
          conflicts.add(f.path() + ": two components write different content to it");
        }
      } else {
        if (text.containsKey(f.path())) {
          conflicts.add(f.path() + ": two components write different content to it");
          continue;
        }
        Object merged = mergeValue(yaml.get(f.path()), f.yaml().get(), f.path(), conflicts);
        yaml.put(f.path(), merged);
      }
    }
    Map<String, String> out = new TreeMap<>(text);
    yaml.forEach((path, doc) -> out.put(path, Yaml.write(doc)));
    return new Merged(out, List.copyOf(conflicts));
  }

  private static Object mergeValue(Object into, Object value, String at, List<String> conflicts) {
    if (into == null) {
      return value;
    }
    if (into instanceof Map<?, ?> a && value instanceof Map<?, ?> b) {
      Map<String, Object> out = new TreeMap<>();
      a.forEach((k, v) -> out.put(String.valueOf(k), v));
      b.forEach(
          (k, v) ->
              out.put(
                  String.valueOf(k),
                  mergeValue(out.get(String.valueOf(k)), v, at + "." + k, conflicts)));
      return out;
    }
    if (into instanceof List<?> a && value instanceof List<?> b) {
      List<Object> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }
    if (!Objects.equals(into, value)) {
      conflicts.add(at + ": two components set it to " + into + " and " + value);
    }
    return into;
  }
}
