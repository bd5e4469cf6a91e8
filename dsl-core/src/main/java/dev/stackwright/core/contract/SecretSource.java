package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import dev.stackwright.core.pod.SecretRef;

/**
 * The cross-layer contract of a component that makes a Secret in the cluster: a plaintext secret
 * the stack writes, or the security layer's ExternalSecret or SealedSecret. A {@link SecretRef} to
 * one ({@link SecretRef#of(SecretSource)}) makes the pod's component depend on it.
 */
public interface SecretSource extends Component {

  /** The name of the Secret the component makes. */
  String secretName();

  /** Where the Secret's data comes from; plaintext in the definition unless a layer says not. */
  default SecretRef.Origin origin() {
    return SecretRef.Origin.PLAINTEXT;
  }
}
