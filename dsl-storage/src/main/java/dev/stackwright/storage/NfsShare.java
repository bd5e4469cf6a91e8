package dev.stackwright.storage;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/** An export of an NFS server, the backend of a static NFS volume. */
@Value.Immutable
@StackwrightStyle
public interface NfsShare {

  /** The server's host name or IP address. */
  @Value.Parameter
  String server();

  /** The exported path, absolute. */
  @Value.Parameter
  String path();

  /** Whether the export is mounted read-only; false. */
  @Value.Default
  default boolean readOnly() {
    return false;
  }

  /** The export {@code path} of {@code server}. */
  static NfsShare of(String server, String path) {
    return ImmutableNfsShare.of(server, path);
  }
}
