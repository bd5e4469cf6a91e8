package dev.stackwright.core.contract;

import dev.stackwright.core.Component;
import java.util.List;
import java.util.Optional;

/**
 * The cross-layer contract of a Service: a stable in-cluster name in front of a pod set. The
 * network layer's services implement it; mesh routes and splits, monitors and consumers accept it.
 */
public interface ServiceEndpoint extends Component {

  /** The pod set the service selects, when it selects one from the stack. */
  Optional<PodSet> backend();

  /** The ports the service exposes: name and service port number. */
  List<NamedPort> servicePorts();
}
