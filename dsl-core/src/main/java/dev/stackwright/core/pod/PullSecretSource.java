package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import java.util.Map;

/**
 * The contract of a component that names the pull Secret of registries, by reference: {@link
 * RegistryCredentials}, or a registry release for its own host. Every service account whose pods
 * pull from such a registry (after mirroring) lists the Secret in {@code imagePullSecrets}.
 */
public interface PullSecretSource extends Component {

  /** The pull Secret by registry host, such as {@code harbor.example.com}. */
  Map<String, SecretRef> pullSecrets();
}
