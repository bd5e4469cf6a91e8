package dev.stackwright.compute.vm;

import dev.stackwright.compute.Config;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.pod.SecretRef;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The cloud-init NoCloud user data a virtual machine boots with: from a key of a {@link Config}
 * (written into the VirtualMachine, so only for data that may sit in Git) or from a Secret by
 * reference (its {@code userdata} key), which is where anything with a credential belongs. User
 * data from a config that sets a password or holds a private key is an error ({@code
 * vm.plaintext-cloud-init}).
 *
 * <pre>{@code
 * CloudInit.fromConfig(vmConfig, "user-data")
 * CloudInit.fromSecret(SecretRef.externalSecret("legacy-cloud-init"))
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class CloudInit {

  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "(?im)^\\s*-?\\s*(password|passwd|plain_text_passwd|hashed_passwd|chpasswd)\\s*:"
              + "|-----BEGIN [A-Z ]*PRIVATE KEY-----");

  /** The config holding the user data. */
  public abstract Optional<Config> config();

  /** The key of the user data in the config. */
  public abstract Optional<String> key();

  /** The Secret holding the user data under {@code userdata}. */
  public abstract Optional<SecretRef> secret();

  /** User data from {@code key} of {@code config}. */
  public static CloudInit fromConfig(Config config, String key) {
    return ImmutableCloudInit.builder().config(config).key(key).build();
  }

  /** User data from the {@code userdata} key of {@code secret}. */
  public static CloudInit fromSecret(SecretRef secret) {
    return ImmutableCloudInit.builder().secret(secret).build();
  }

  /** Whether {@code userData} sets a password or holds a private key. */
  static boolean holdsCredential(String userData) {
    return CREDENTIAL.matcher(userData).find();
  }
}
