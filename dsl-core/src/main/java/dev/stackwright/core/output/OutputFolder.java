package dev.stackwright.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An output folder that Stackwright owns. It is replaced whole: files are written to a sibling
 * staging folder and swapped into place only when complete (the old folder is renamed to a sibling
 * backup, the staging folder to the target, then the backup is deleted), so a failed run leaves the
 * previous output as it was. Only a folder holding Stackwright's marker file, or an empty one, is
 * ever replaced: a source tree or a home folder is refused, never emptied.
 *
 * <p>Runs on the same folder are serialized by a lock file beside it ({@code .dist.lock}): a second
 * run waits for the first, at most {@link #DEFAULT_LOCK_WAIT} unless told otherwise, then fails
 * with a clear message. A run that died during the swap (between the two renames) leaves the old
 * output in the backup folder; the next run moves it back before anything else, so the path always
 * ends up holding a complete output, the old or the new one, and a backup is never deleted while it
 * is the only complete copy.
 */
public final class OutputFolder {
  /** The marker file that says a folder was written by Stackwright. */
  public static final String MARKER = ".stackwright-output";

  /** How long a run waits, by default, for another run that is writing the same folder. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);

  /**
   * A system property for crash tests only: when {@code true}, the JVM halts between the two
   * renames of the swap, as a crash there would.
   */
  static final String HALT_MID_SWAP = "stackwright.test.haltMidSwap";

  private final Path target;
  private final Duration lockWait;

  private OutputFolder(Path target, Duration lockWait) {
    this.target = target.toAbsolutePath().normalize();
    this.lockWait = lockWait;
  }

  /** The output folder at {@code target}. */
  public static OutputFolder at(Path target) {
    return new OutputFolder(target, DEFAULT_LOCK_WAIT);
  }

  /** The same folder, waiting at most {@code wait} for another run that writes it. */
  public OutputFolder withLockWait(Duration wait) {
    return new OutputFolder(target, wait);
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

  /**
   * Restores what a run that died during the swap left, under the folder's lock: the backup of the
   * old output moves back to the path when nothing is there; a backup beside a complete new output
   * and a staging folder are deleted. Returns whether the old output was restored.
   *
   * @throws OutputException when the lock is not free in time or the restore fails
   */
  @SuppressWarnings("try") // the lock is held for the block, never read
  public boolean recover() {
    if (!Files.isDirectory(target.getParent()) || !Files.exists(OutputLock.fileOf(target))) {
      return false;
    }
    try (OutputLock held = OutputLock.acquire(target, lockWait)) {
      return recoverLocked();
    } catch (IOException e) {
      throw new OutputException("cannot restore " + target + ": " + e.getMessage(), e);
    }
  }

  private boolean recoverLocked() throws IOException {
    boolean restored = false;
    if (Files.exists(backup())) {
      if (!Files.exists(target)) {
        move(backup(), target);
        restored = true;
      } else if (Files.exists(target.resolve(MARKER))) {
        deleteRecursively(backup());
      }
    }
    deleteRecursively(staging());
    return restored;
  }

  private Path staging() {
    return target.resolveSibling("." + target.getFileName() + ".staging-" + id());
  }

  private Path backup() {
    return target.resolveSibling("." + target.getFileName() + ".old-" + id());
  }

  private String id() {
    return UUID.nameUUIDFromBytes(target.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * Replaces the folder's content with {@code files}, all or nothing, holding the folder's lock.
   *
   * @throws OutputException when the folder may not be replaced, another run holds the lock past
   *     the wait, or writing fails (the previous output is then left as it was)
   */
  @SuppressWarnings("try") // the lock is held for the block, never read
  public void replaceWith(List<OutputFile> files) {
    Path parent = target.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new OutputException("cannot create " + parent + ": " + e.getMessage(), e);
    }
    try (OutputLock held = OutputLock.acquire(target, lockWait)) {
      recoverLocked();
      checkReplaceable();
      swapIn(files);
    } catch (IOException e) {
      throw new OutputException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private void swapIn(List<OutputFile> files) {
    Path staging = staging();
    Path old = backup();
    try {
      Files.createDirectories(staging);
      Files.writeString(
          staging.resolve(MARKER),
          "Written by Stackwright. This folder is replaced on every synth; do not edit it.\n");
      Set<Path> folders = new HashSet<>();
      folders.add(staging);
      List<Path> paths = new ArrayList<>(files.size());
      for (OutputFile f : files) {
        Path file = staging.resolve(f.path()).normalize();
        if (!file.startsWith(staging)) {
          throw new OutputException("an output path leaves the output folder: " + f.path(), null);
        }
        if (folders.add(file.getParent())) {
          Files.createDirectories(file.getParent());
        }
        paths.add(file);
      }
      writeAll(paths, files);
      if (Files.exists(target)) {
        move(target, old);
        if (Boolean.getBoolean(HALT_MID_SWAP)) {
          Runtime.getRuntime().halt(3);
        }
      }
      move(staging, target);
      deleteRecursively(old);
    } catch (IOException e) {
      undo(staging, old);
      throw new OutputException("cannot write " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      undo(staging, old);
      throw e;
    }
  }

  /**
   * Writes {@code files} to {@code paths} (same order, folders already made) on every core: the
   * files are independent, so what ends up on disk does not depend on the order they are written. A
   * file whose content another file already has (a stage folder's copy of an object's file) is a
   * hard link to it where the file system allows, a copy otherwise: on disks where creating a file
   * costs far more than linking one, that halves the per-object layout's time, and the bytes read
   * back are the same either way.
   */
  private static void writeAll(List<Path> paths, List<OutputFile> files) throws IOException {
    Map<String, Integer> firstWithContent = new HashMap<>();
    List<Integer> originals = new ArrayList<>(files.size());
    List<int[]> links = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Integer first = firstWithContent.putIfAbsent(files.get(i).content(), i);
      if (first == null) {
        originals.add(i);
      } else {
        links.add(new int[] {i, first});
      }
    }
    try {
      originals.parallelStream().forEach(i -> write(paths.get(i), files.get(i)));
      links.parallelStream().forEach(l -> link(paths.get(l[0]), paths.get(l[1]), files.get(l[0])));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void write(Path path, OutputFile file) {
    try {
      Files.write(path, file.content().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void link(Path path, Path existing, OutputFile file) {
    try {
      Files.createLink(path, existing);
    } catch (IOException | UnsupportedOperationException e) {
      write(path, file);
    }
  }

  /** After a failed swap: the old output back in place, the staging folder gone. */
  private void undo(Path staging, Path old) {
    try {
      if (!Files.exists(target) && Files.exists(old)) {
        move(old, target);
      }
    } catch (IOException e) {
      // The next run restores the backup before anything else.
    }
    deleteQuietly(staging);
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
    List<Path> folders = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.forEach(p -> (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? folders : files).add(p));
    }
    try {
      files.parallelStream().forEach(OutputFolder::deleteFile);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // A folder comes after its parent in the walk, so in reverse each is empty when deleted.
    for (int i = folders.size() - 1; i >= 0; i--) {
      Files.delete(folders.get(i));
    }
  }

  private static void deleteFile(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
