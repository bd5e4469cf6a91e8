package dev.stackwright.core.output;

/** An output folder that cannot or must not be written; the message says why and what to do. */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An output problem with a readable message. */
  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
