package dev.stackwright.core.yaml;

import java.io.IOException;

/**
 * Raised by {@link YamlWriter} when a document needs something it does not write exactly as
 * Jackson's YAML generator would (a long or multi-line key, a type or object id, binary, a second
 * root value): the caller serializes the whole document with Jackson instead. An {@link
 * IOException} so that Jackson's serializers pass it through instead of wrapping it.
 */
final class NeedsJackson extends IOException {
  private static final long serialVersionUID = 1L;

  NeedsJackson(String why) {
    super(why);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  /** Whether {@code e} or one of its causes is this signal. */
  static boolean in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NeedsJackson) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
