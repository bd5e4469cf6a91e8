package dev.stackwright.security.secrets;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One key of the Secret an {@link ExternalSecret} writes, read from a remote secret of the store:
 * {@code secretKey} gets the value at {@code remoteKey} (one property of it, for a JSON secret).
 *
 * <pre>{@code
 * RemoteKey.of("password", "shop/orders-db", "password")
 * }</pre>
 */
@Value.Immutable
public abstract class RemoteKey {

  /** The key in the Kubernetes Secret. */
  public abstract String secretKey();

  /** The remote secret's key (its path or name in the store). */
  public abstract String remoteKey();

  /** The property of a structured remote secret; the whole value when absent. */
  public abstract Optional<String> property();

  /** {@code secretKey} from the whole remote secret {@code remoteKey}. */
  public static RemoteKey of(String secretKey, String remoteKey) {
    return ImmutableRemoteKey.builder().secretKey(secretKey).remoteKey(remoteKey).build();
  }

  /** {@code secretKey} from property {@code property} of the remote secret {@code remoteKey}. */
  public static RemoteKey of(String secretKey, String remoteKey, String property) {
    return ImmutableRemoteKey.builder()
        .secretKey(secretKey)
        .remoteKey(remoteKey)
        .property(property)
        .build();
  }
}
