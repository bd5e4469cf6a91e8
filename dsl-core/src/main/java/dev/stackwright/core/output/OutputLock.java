package dev.stackwright.core.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on an output folder, held while it is written: a lock file beside the folder
 * ({@code .dist.lock} for {@code dist}) locked with {@link FileChannel#tryLock()}, so two runs on
 * the same folder, in one process or in two, never write it at once. The operating system releases
 * the lock when a process dies, so a crash never leaves the folder locked. The lock file itself
 * stays: deleting it could let a third run lock a different file than a second one.
 */
final class OutputLock implements AutoCloseable {
  private static final long POLL_MILLIS = 50;

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of the folder {@code target}. */
  static Path fileOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".lock");
  }

  /**
   * Locks the folder {@code target}, waiting at most {@code wait} for another run to finish.
   *
   * @throws OutputException when the lock is still held after {@code wait}
   */
  static OutputLock acquire(Path target, Duration wait) throws IOException {
    Path file = fileOf(target);
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new OutputLock(channel, lock);
        }
        if (System.nanoTime() - deadline >= 0) {
          throw new OutputException(
              "another Stackwright run is writing to "
                  + target
                  + " (it holds "
                  + file
                  + "); gave up after waiting "
                  + wait.toSeconds()
                  + " s. Run again when it has finished (or wait longer with --lock-wait).",
              null);
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new OutputException("interrupted while waiting for the lock on " + target, e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // This JVM already holds it (another thread's run): as busy as another process.
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
