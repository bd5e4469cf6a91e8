package dev.stackwright.core.contract;

import dev.stackwright.core.synth.SynthContext;
import java.util.List;

/**
 * The cross-layer contract of a component whose pods (or the pods it decorates, meshes or routes
 * to) need traffic that the stack's network policies must allow: the mesh's proxies reach the
 * control plane, traced pods reach the collector, the monitoring namespace scrapes a port, a job
 * calls the API server. The network layer's connections render every need of the stack beside the
 * declared flows, with the same default-deny and naming, so each fact is stated once, by the
 * component that owns it.
 */
public interface NetworkNeeds {

  /** The flows this component needs, in a stable order; none by default. */
  List<NetworkNeed> networkNeeds(SynthContext context);
}
