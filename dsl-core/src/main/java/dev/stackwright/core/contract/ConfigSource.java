package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import java.util.Set;

/**
 * The cross-layer contract of a ConfigMap that the stack itself makes (compute's {@code Config}):
 * what a container's environment, a mount or a grant needs to refer to it by type instead of by
 * name. Referring to one makes the pod's component depend on it.
 */
public interface ConfigSource extends Component, VolumeSource {

  /** The name of the ConfigMap the component synthesizes (it may carry a content hash). */
  String configMapName();

  /** The keys the ConfigMap holds, so a reference to a missing key is caught at synth time. */
  Set<String> keys();
}
