package dev.stackwright.core.testing;

import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;

/**
 * Golden-file snapshots of a whole stack's YAML. A test fails when the output differs from the
 * committed file; regenerate with {@code -Dstackwright.updateSnapshots=true} (or the environment
 * variable {@code STACKWRIGHT_UPDATE_SNAPSHOTS=true}) and review the diff like any other change.
 */
public final class Snapshot {
  /** The system property that rewrites snapshots instead of comparing. */
  public static final String UPDATE_PROPERTY = "stackwright.updateSnapshots";

  private Snapshot() {}

  /** Whether this run rewrites snapshots. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY)
        || "true".equalsIgnoreCase(System.getenv("STACKWRIGHT_UPDATE_SNAPSHOTS"));
  }

  /** Asserts the result's YAML equals the golden file (or rewrites it when updating). */
  public static void assertMatches(SynthResult result, Path golden) {
    SynthAssertions.assertThat(result).isOk();
    assertMatches(Yaml.writeAll(result.objects()), golden);
  }

  /** Asserts {@code actual} equals the golden file's text (or rewrites it when updating). */
  public static void assertMatches(String actual, Path golden) {
    try {
      if (updating()) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        Assertions.fail(
            "no snapshot at %s; run once with -D%s=true to create it, then review and commit it",
            golden, UPDATE_PROPERTY);
      }
      Assertions.assertThat(actual)
          .as("snapshot %s (update with -D%s=true)", golden, UPDATE_PROPERTY)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
