package dev.stackwright.crd;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CrdImporter} did: the files it wrote (sorted), or every reason it wrote nothing.
 *
 * @param written the files written, sources then resources, each sorted; empty when it failed
 * @param problems every problem found, each naming its file and what was expected; empty on success
 */
public record ImportResult(List<Path> written, List<String> problems) {
  /** Copies both lists. */
  public ImportResult {
    written = List.copyOf(written);
    problems = List.copyOf(problems);
  }

  /** Whether the import succeeded. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
