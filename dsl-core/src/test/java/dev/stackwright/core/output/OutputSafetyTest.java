package dev.stackwright.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on one output folder never interleave, and a run that dies during the swap leaves a
 * complete output that the next run puts back in place. Real processes, as two terminals or two CI
 * jobs would run them.
 */
class OutputSafetyTest {
  @TempDir Path dir;

  private Process start(String... args) throws IOException {
    return start(List.of(), args);
  }

  private Process start(List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(OutputWriterMain.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static int exit(Process p) throws InterruptedException {
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the process ends").isTrue();
    return p.exitValue();
  }

  private static String stderr(Process p) throws IOException {
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** The label every file of the folder holds; fails unless the folder is complete and whole. */
  private static String labelOf(Path folder) throws IOException {
    assertThat(folder.resolve(OutputFolder.MARKER)).exists();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < OutputWriterMain.FILES; i++) {
      String content = Files.readString(folder.resolve(String.format("shop/%03d.yaml", i)));
      labels.add(content.substring(0, content.indexOf(' ')));
    }
    assertThat(labels).as("every file from one run").containsOnly(labels.get(0));
    try (Stream<Path> files = Files.list(folder.resolve("shop"))) {
      assertThat(files).hasSize(OutputWriterMain.FILES);
    }
    return labels.get(0);
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void twoRunsOnOneFolderAtOnceBothSucceedOneAfterTheOther() throws Exception {
    Path dist = dir.resolve("dist");

    Process a = start("write", dist.toString(), "A", "60");
    Process b = start("write", dist.toString(), "B", "60");

    assertThat(exit(a)).as(stderr(a)).isZero();
    assertThat(exit(b)).as(stderr(b)).isZero();
    assertThat(labelOf(dist)).isIn("A", "B");
    assertThat(siblings()).containsExactly(".dist.lock", "dist");
  }

  @Test
  void aRunThatFindsTheFolderLockedFailsClearlyAndChangesNothing() throws Exception {
    Path dist = dir.resolve("dist");
    OutputFolder.at(dist).replaceWith(OutputWriterMain.files("OLD"));
    Process holder = start("hold", dist.toString());
    BufferedReader holderOut =
        new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    assertThat(holderOut.readLine()).isEqualTo("locked");

    Process blocked = start("write", dist.toString(), "NEW", "0");

    assertThat(exit(blocked)).isEqualTo(1);
    assertThat(stderr(blocked))
        .startsWith("error: another Stackwright run is writing to " + dist)
        .contains("(it holds " + dir.resolve(".dist.lock") + "); gave up after waiting 0 s.");
    assertThat(labelOf(dist)).isEqualTo("OLD");

    try (OutputStream release = holder.getOutputStream()) {
      release.write('\n');
    }
    assertThat(exit(holder)).isZero();
    Process after = start("write", dist.toString(), "NEW", "0");
    assertThat(exit(after)).as(stderr(after)).isZero();
    assertThat(labelOf(dist)).isEqualTo("NEW");
  }

  @SuppressWarnings("try") // the lock is held for the block, never read
  @Test
  void aSecondRunInTheSameProcessIsLockedOutToo() throws Exception {
    Path dist = dir.resolve("dist");
    try (OutputLock lock = OutputLock.acquire(dist, Duration.ZERO)) {
      assertThatThrownBy(
              () ->
                  OutputFolder.at(dist)
                      .withLockWait(Duration.ZERO)
                      .replaceWith(OutputWriterMain.files("X")))
          .isInstanceOf(OutputException.class)
          .hasMessageStartingWith("another Stackwright run is writing to " + dist);
    }
    assertThat(dist).doesNotExist();
  }

  @Test
  void aCrashBetweenTheRenamesLeavesTheOldOutputWholeAndTheNextRunRestoresIt() throws Exception {
    Path dist = dir.resolve("dist");
    OutputFolder.at(dist).replaceWith(OutputWriterMain.files("OLD"));

    Process crashing =
        start(
            List.of("-D" + OutputFolder.HALT_MID_SWAP + "=true"),
            "write",
            dist.toString(),
            "NEW",
            "0");

    assertThat(exit(crashing)).as("halted mid-swap").isEqualTo(3);
    assertThat(dist).doesNotExist();
    Path backup;
    try (Stream<Path> list = Files.list(dir)) {
      backup =
          list.filter(p -> p.getFileName().toString().startsWith(".dist.old-"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(labelOf(backup)).as("the old output is whole in the backup").isEqualTo("OLD");

    assertThat(OutputFolder.at(dist).recover()).isTrue();

    assertThat(labelOf(dist)).isEqualTo("OLD");
    assertThat(siblings()).containsExactly(".dist.lock", "dist");
  }

  @Test
  void theRunAfterACrashWritesItsOwnOutputOverTheRestoredOne() throws Exception {
    Path dist = dir.resolve("dist");
    OutputFolder.at(dist).replaceWith(OutputWriterMain.files("OLD"));
    Process crashing =
        start(
            List.of("-D" + OutputFolder.HALT_MID_SWAP + "=true"),
            "write",
            dist.toString(),
            "NEW",
            "0");
    assertThat(exit(crashing)).isEqualTo(3);

    Process next = start("write", dist.toString(), "NEXT", "0");

    assertThat(exit(next)).as(stderr(next)).isZero();
    assertThat(labelOf(dist)).isEqualTo("NEXT");
    assertThat(siblings()).containsExactly(".dist.lock", "dist");
  }
}
