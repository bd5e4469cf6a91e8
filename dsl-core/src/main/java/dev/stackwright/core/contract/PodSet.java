package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import dev.stackwright.core.pod.PodDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cross-layer contract of a set of identical pods: what a network Service, a network policy or
 * a mesh rule needs to know about a workload without depending on the compute layer. Compute
 * workloads implement it.
 */
public interface PodSet extends Component {

  /** The labels that select exactly this set's pods (a Service selector or policy podSelector). */
  Map<String, String> selectorLabels();

  /** The named container ports the pods listen on. */
  List<NamedPort> ports();

  /** The service account the pods run as: their identity for RBAC and the mesh. */
  String serviceAccountName();

  /**
   * The pod this set runs, when the core pod model builds it: such a pod set takes other layers'
   * decorations and gets the pod checks. Empty by default, for pod sets whose pods something else
   * builds (an upstream chart's pods); a decoration aimed at one of those is an error.
   */
  default Optional<PodDefinition> podDefinition() {
    return Optional.empty();
  }

  /**
   * The port with this name, or whose number is {@code nameOrNumber} when it is all digits.
   *
   * @param nameOrNumber a port name such as {@code http} or a number such as {@code 8080}
   */
  default Optional<NamedPort> port(String nameOrNumber) {
    return PortRef.of(nameOrNumber).in(ports());
  }
}
