package dev.stackwright.core.cli;

import java.util.Optional;

/**
 * How {@code watch} gets a freshly loaded definition out of the user's {@code main}: while a
 * capture is open on the current thread, {@link Stackwright#main} and {@link
 * Stackwright#run(String[], StackDefinition)} hand their definition over here and end the user's
 * {@code main} at that point (as {@code System.exit} would have), instead of running a command.
 * Without an open capture, which is every ordinary run, they behave as always.
 */
final class DefinitionCapture {
  private static final ThreadLocal<DefinitionCapture> OPEN = new ThreadLocal<>();

  private Optional<StackDefinition> captured = Optional.empty();

  private DefinitionCapture() {}

  /** Something that may call {@code Stackwright.main}, such as the user's {@code main}. */
  @FunctionalInterface
  interface Entry {
    void run() throws Exception;
  }

  /**
   * Runs {@code entry} with a capture open; returns the definition it handed to {@code
   * Stackwright.main} or {@code run}, or empty when it returned without calling either.
   *
   * @throws Exception what {@code entry} threw, other than the capture's own unwinding
   */
  static Optional<StackDefinition> capture(Entry entry) throws Exception {
    DefinitionCapture capture = new DefinitionCapture();
    DefinitionCapture outer = OPEN.get();
    OPEN.set(capture);
    try {
      entry.run();
    } catch (Captured expected) {
      // the definition was handed over; the rest of the user's main does not run
    } finally {
      if (outer == null) {
        OPEN.remove();
      } else {
        OPEN.set(outer);
      }
    }
    return capture.captured;
  }

  /**
   * Called first by the CLI's entry points: when a capture is open, keeps {@code definition} and
   * unwinds the caller; otherwise does nothing.
   */
  static void offer(StackDefinition definition) {
    DefinitionCapture capture = OPEN.get();
    if (capture != null) {
      capture.captured = Optional.of(definition);
      throw new Captured();
    }
  }

  /** Unwinds the user's {@code main} once its definition is captured. Carries no stack trace. */
  static final class Captured extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Captured() {
      super("definition captured by watch", null, false, false);
    }
  }
}
