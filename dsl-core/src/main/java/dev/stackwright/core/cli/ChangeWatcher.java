package dev.stackwright.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Waits for files to change below some folders (recursively, new sub-folders included), and reports
 * a burst of writes, such as one compilation, as one change: it returns once the folders have been
 * quiet for the debounce time and what they hold differs from the last time. Changes to the output
 * folder, which every run rewrites, do not count. A root deleted whole and created again (a clean
 * build) is watched again once it is back.
 */
final class ChangeWatcher implements AutoCloseable {
  /** How often a root deleted whole is looked for again. */
  private static final Duration ROOT_CHECK = Duration.ofMillis(500);

  private final WatchService service;
  private final List<Path> roots;
  private final Path ignored;
  private final Duration debounce;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private long fingerprint;
  private long unreadable;

  ChangeWatcher(List<Path> roots, Path ignored, Duration debounce) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.ignored = ignored.toAbsolutePath().normalize();
    this.debounce = debounce;
    registerAll();
    this.fingerprint = fingerprint();
  }

  /**
   * Blocks until something below the roots changed and the folders have then been quiet for the
   * debounce time; returns the changed paths' count.
   *
   * @throws InterruptedException when the waiting thread is interrupted: the stop signal
   */
  int awaitChange() throws InterruptedException, IOException {
    while (true) {
      int changes = 0;
      while (changes == 0) {
        WatchKey key = service.poll(ROOT_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          changes = drain(key);
        } else if (rootReturned()) {
          changes = 1;
        }
      }
      WatchKey next;
      while ((next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
        changes += drain(next);
      }
      registerAll();
      long now = fingerprint();
      if (now != fingerprint) {
        fingerprint = now;
        return changes;
      }
    }
  }

  /**
   * Whether a root that nothing watches exists again: a root deleted whole ({@code mvn clean}
   * deletes {@code target/}) takes its watch with it, and nothing above it tells when it is back.
   */
  private boolean rootReturned() {
    for (Path root : roots) {
      if (!folders.containsValue(root) && Files.isDirectory(root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The content of every file below the roots, as one number: a build step that rewrites files with
   * the same bytes (resources copied again before the compiler runs) is no change.
   */
  private long fingerprint() throws IOException {
    CRC32 crc = new CRC32();
    for (Path root : roots) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).filter(p -> !isOutput(p)).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        // a folder vanished while walking: a change (a value no content has); the run that follows
        // sees what is there
        return Long.MIN_VALUE + ++unreadable;
      }
      for (Path file : files) {
        crc.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        try {
          crc.update(Files.readAllBytes(file));
        } catch (NoSuchFileException gone) {
          crc.update(0);
        }
      }
    }
    return crc.getValue();
  }

  /** Counts a key's relevant events, registering new folders, and makes the key ready again. */
  private int drain(WatchKey key) throws IOException {
    Path folder = folders.get(key);
    int changes = 0;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
        changes++;
        continue;
      }
      Path changed = folder.resolve((Path) event.context());
      if (isOutput(changed)) {
        continue;
      }
      changes++;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
        register(changed);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return changes;
  }

  /**
   * Whether {@code path} is the output folder, in it, or one of the siblings its writer keeps
   * beside it while replacing it (its lock, staging and backup: {@code .dist.*}).
   */
  private boolean isOutput(Path path) {
    if (path.startsWith(ignored)) {
      return true;
    }
    Path parent = ignored.getParent();
    Path name = ignored.getFileName();
    for (Path p = path; p != null && parent != null && name != null; p = p.getParent()) {
      if (parent.equals(p.getParent())) {
        return p.getFileName().toString().startsWith("." + name + ".");
      }
    }
    return false;
  }

  /** Registers every folder below the roots (again: a compile may have recreated some). */
  private void registerAll() throws IOException {
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        register(root);
      }
    }
  }

  private void register(Path top) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(top)) {
      all = walk.filter(Files::isDirectory).filter(p -> !isOutput(p)).toList();
    } catch (IOException | UncheckedIOException e) {
      // a folder vanished while walking: a compile is under way; the next change registers it
      return;
    }
    for (Path folder : all) {
      try {
        WatchKey key =
            folder.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        folders.put(key, folder);
      } catch (NoSuchFileException gone) {
        // deleted since the walk; nothing to watch there
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      service.close();
    } catch (ClosedWatchServiceException alreadyClosed) {
      // nothing to do
    }
  }
}
