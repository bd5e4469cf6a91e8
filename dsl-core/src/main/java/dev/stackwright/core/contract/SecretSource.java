package dev.stackwright.core.contract;

import dev.stackwright.core.Component;

/**
 * The cross-layer contract of a component that makes a Secret in the cluster: a plaintext secret
 * the stack writes, and later the security layer's ExternalSecret or SealedSecret. A {@link
 * dev.stackwright.core.pod.SecretRef} to one makes the pod's component depend on it.
 */
public interface SecretSource extends Component {

  /** The name of the Secret the component makes. */
  String secretName();
}
