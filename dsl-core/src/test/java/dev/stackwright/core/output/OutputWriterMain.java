package dev.stackwright.core.output;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small program for the concurrency tests, run in its own JVM: {@code write <folder> <label>
 * <lock-wait-seconds>} replaces the folder with {@link #FILES} files holding the label; {@code hold
 * <folder>} takes the folder's lock, prints {@code locked} and keeps it until a line arrives on
 * standard input.
 */
public final class OutputWriterMain {
  static final int FILES = 40;

  private OutputWriterMain() {}

  static List<OutputFile> files(String label) {
    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      files.add(new OutputFile(String.format("shop/%03d.yaml", i), label + " " + i + "\n"));
    }
    return files;
  }

  @SuppressWarnings("try") // the lock is held for the block, never read
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[1]);
    if (args[0].equals("hold")) {
      try (OutputLock lock = OutputLock.acquire(folder, Duration.ZERO)) {
        System.out.println("locked");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      }
      return;
    }
    try {
      OutputFolder.at(folder)
          .withLockWait(Duration.ofSeconds(Long.parseLong(args[3])))
          .replaceWith(files(args[2]));
      System.out.println("written " + args[2]);
    } catch (OutputException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }
}
