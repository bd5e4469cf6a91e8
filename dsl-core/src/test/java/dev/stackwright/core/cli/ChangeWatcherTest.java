package dev.stackwright.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher behind {@code watch}: what counts as a change of the compiled definition. */
class ChangeWatcherTest {
  @TempDir Path dir;

  @Test
  void aRootDeletedWholeAndBuiltAgainIsSeenWhenItsFilesChange() throws Exception {
    Path classes = dir.resolve("target/classes");
    Files.createDirectories(classes.resolve("com/example"));
    Files.writeString(classes.resolve("com/example/Platform.class"), "v1");
    ExecutorService waiting = Executors.newSingleThreadExecutor();
    try (ChangeWatcher watcher =
        new ChangeWatcher(List.of(classes), dir.resolve("dist"), Duration.ofMillis(200))) {
      // mvn clean: the whole target folder goes, with the watched root in it
      deleteTree(dir.resolve("target"));
      CompletableFuture<Integer> cleaned =
          CompletableFuture.supplyAsync(() -> await(watcher), waiting);
      assertThat(cleaned.get(10, TimeUnit.SECONDS)).isPositive();

      // the compile that follows: the root comes back with a changed class
      CompletableFuture<Integer> rebuilt =
          CompletableFuture.supplyAsync(() -> await(watcher), waiting);
      Thread.sleep(300);
      Files.createDirectories(classes.resolve("com/example"));
      Files.writeString(classes.resolve("com/example/Platform.class"), "v2");

      assertThat(rebuilt.get(10, TimeUnit.SECONDS)).isPositive();

      // and the folders below the new root are watched again
      CompletableFuture<Integer> edited =
          CompletableFuture.supplyAsync(() -> await(watcher), waiting);
      Thread.sleep(300);
      Files.writeString(classes.resolve("com/example/Platform.class"), "v3");

      assertThat(edited.get(10, TimeUnit.SECONDS)).isPositive();
    } finally {
      waiting.shutdownNow();
    }
  }

  private static int await(ChangeWatcher watcher) {
    try {
      return watcher.awaitChange();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path top) throws Exception {
    try (Stream<Path> walk = Files.walk(top)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
