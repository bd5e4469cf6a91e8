package dev.stackwright.core.cli;

/**
 * A command line that names something that does not exist (an unknown {@code --stack}, a {@code
 * diff} folder without output): reported as a usage error, exit code 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
