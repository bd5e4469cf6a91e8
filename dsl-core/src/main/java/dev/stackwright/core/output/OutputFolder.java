package dev.stackwright.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An output folder that Stackwright owns. It is replaced whole: files are written to a sibling
 * temporary folder and moved into place only when complete, so a failed run leaves the previous
 * output as it was. Only a folder holding Stackwright's marker file, or an empty one, is ever
 * replaced: a source tree or a home folder is refused, never emptied.
 */
public final class OutputFolder {
  /** The marker file that says a folder was written by Stackwright. */
  public static final String MARKER = ".stackwright-output";

  private final Path target;

  private OutputFolder(Path target) {
    this.target = target.toAbsolutePath().normalize();
  }

  /** The output folder at {@code target}. */
  public static OutputFolder at(Path target) {
    return new OutputFolder(target);
  }

  /** The folder's path. */
  public Path path() {
    return target;
  }

  /**
   * Checks the folder may be replaced: it does not exist, is empty, or holds the marker.
   *
   * @throws OutputException when it holds other files or is not a folder
   */
  public void checkReplaceable() {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new OutputException(
          "refusing to write to " + target + ": it is a file, not a folder", null);
    }
    if (Files.exists(target.resolve(MARKER))) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      if (entries.iterator().hasNext()) {
        throw new OutputException(
            "refusing to write to "
                + target
                + ": it holds files Stackwright did not write (no "
                + MARKER
                + " marker). Choose a new or empty folder with --out.",
            null);
      }
    } catch (IOException e) {
      throw new OutputException("cannot read " + target + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the folder's content with {@code files}, all or nothing. */
  public void replaceWith(List<OutputFile> files) {
    checkReplaceable();
    Path parent = target.getParent();
    String id = UUID.nameUUIDFromBytes(target.toString().getBytes(StandardCharsets.UTF_8)) + "";
    Path staging = parent.resolve("." + target.getFileName() + ".staging-" + id);
    Path old = parent.resolve("." + target.getFileName() + ".old-" + id);
    try {
      Files.createDirectories(parent);
      deleteRecursively(staging);
      deleteRecursively(old);
      Files.createDirectories(staging);
      Files.writeString(
          staging.resolve(MARKER),
          "Written by Stackwright. This folder is replaced on every synth; do not edit it.\n");
      Set<Path> folders = new HashSet<>();
      folders.add(staging);
      for (OutputFile f : files) {
        Path file = staging.resolve(f.path()).normalize();
        if (!file.startsWith(staging)) {
          throw new OutputException("an output path leaves the output folder: " + f.path(), null);
        }
        if (folders.add(file.getParent())) {
          Files.createDirectories(file.getParent());
        }
        Files.writeString(file, f.content(), StandardCharsets.UTF_8);
      }
      if (Files.exists(target)) {
        move(target, old);
      }
      move(staging, target);
      deleteRecursively(old);
    } catch (IOException e) {
      deleteQuietly(staging);
      throw new OutputException("cannot write " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(staging);
      throw e;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      deleteRecursively(folder);
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a stale staging folder is removed by the next run.
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
