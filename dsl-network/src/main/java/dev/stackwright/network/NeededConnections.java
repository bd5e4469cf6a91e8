package dev.stackwright.network;

import dev.stackwright.core.Component;
import dev.stackwright.core.contract.NetworkNeed;
import dev.stackwright.core.contract.NetworkNeeds;
import dev.stackwright.core.synth.SynthContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The flows the stack's components need ({@link NetworkNeeds}), gathered once per synthesis and
 * turned into connections, one per port, in the order of the components and their needs. Every
 * {@link Connections} renders the sides of them that fall in its namespaces.
 */
final class NeededConnections {
  private final List<Needed> all = new ArrayList<>();

  /** One needed connection and the path of the need it comes from, for messages. */
  record Needed(Connection connection, String path) {}

  private NeededConnections(SynthContext context) {
    for (NetworkNeeds source : context.componentsOf(NetworkNeeds.class)) {
      String owner =
          source instanceof Component c ? c.kind() + " " + c.name() : source.getClass().getName();
      List<NetworkNeed> needs = source.networkNeeds(context);
      for (int i = 0; i < needs.size(); i++) {
        NetworkNeed need = needs.get(i);
        String path = owner + " / needs[" + i + "]";
        Peer from = Peer.of(need.from());
        Peer to = Peer.of(need.to());
        if (need.ports().isEmpty()) {
          all.add(new Needed(Connection.builder().from(from).to(to).build(), path));
        }
        for (String port : need.ports()) {
          all.add(
              new Needed(
                  Connection.builder()
                      .from(from)
                      .to(to)
                      .port(port)
                      .protocol(need.protocol())
                      .build(),
                  path));
        }
      }
    }
  }

  /** The index for the stack of {@code context}. */
  static NeededConnections of(SynthContext context) {
    return context.index(NeededConnections.class, NeededConnections::new);
  }

  /**
   * The connections that report problems with needs, so each is reported once: the stack's first.
   */
  static Connections reporter(SynthContext context) {
    List<Connections> all = context.componentsOf(Connections.class);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every needed connection of the stack. */
  List<Needed> all() {
    return all;
  }
}
