package dev.stackwright.core.patch;

/** Thrown by a patch that cannot be applied; the synthesizer reports it with the patch's path. */
public final class PatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A patch failure with a readable reason. */
  public PatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
