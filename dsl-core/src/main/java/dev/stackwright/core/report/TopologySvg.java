package dev.stackwright.core.report;

import static dev.stackwright.core.report.Html.esc;

import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Layer;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.diagram.Topology;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The stack's {@link Topology} drawn as SVG at synth time, laid out without a layout engine: a
 * column per layer (in apply order), a lane per namespace, the components of a cell stacked in
 * sub-columns of at most {@value #PER_COLUMN}, so a few hundred components stay a readable grid.
 * Traffic arrows are solid, dependencies dotted. Every element carries its layer and namespace, so
 * the page's filters can hide them without laying out again.
 */
final class TopologySvg {
  static final int PER_COLUMN = 8;
  private static final int BOX_W = 178;
  private static final int BOX_H = 50;
  private static final int GAP_X = 36;
  private static final int GAP_Y = 10;
  private static final int PAD = 14;
  private static final int GUTTER = 56;
  private static final int LANE_LABEL = 150;
  private static final int HEADER = 40;
  private static final int MAX_CHARS = 24;

  private TopologySvg() {}

  /** Where each component's box is. */
  private record Box(int x, int y, String layer, String ns) {}

  /** The SVG element of {@code topology}. */
  static String render(Topology topology) {
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    topology.groups().values().forEach(byLayer -> layers.addAll(byLayer.keySet()));
    Map<Layer, Integer> subColumns = new EnumMap<>(Layer.class);
    Map<String, Integer> laneRows = new HashMap<>();
    topology
        .groups()
        .forEach(
            (ns, byLayer) ->
                byLayer.forEach(
                    (layer, nodes) -> {
                      int sub = (nodes.size() + PER_COLUMN - 1) / PER_COLUMN;
                      int rows = (nodes.size() + sub - 1) / sub;
                      subColumns.merge(layer, sub, Math::max);
                      laneRows.merge(ns, rows, Math::max);
                    }));
    Map<Layer, Integer> columnX = new EnumMap<>(Layer.class);
    Map<Layer, Integer> columnW = new EnumMap<>(Layer.class);
    int x = LANE_LABEL;
    for (Layer l : layers) {
      int w = subColumns.get(l) * (BOX_W + GAP_X) - GAP_X + 2 * PAD;
      columnX.put(l, x);
      columnW.put(l, w);
      x += w + GUTTER;
    }
    int width = Math.max(x - GUTTER + PAD, 480);
    Map<ComponentId, Box> boxes = new HashMap<>();
    StringBuilder lanes = new StringBuilder();
    StringBuilder nodes = new StringBuilder();
    int y = HEADER;
    int lane = 0;
    for (Map.Entry<String, Map<Layer, List<Topology.Node>>> group : topology.groups().entrySet()) {
      String ns = group.getKey();
      int rows = laneRows.get(ns);
      int h = rows * (BOX_H + GAP_Y) - GAP_Y + 2 * PAD;
      lanes
          .append("<g class=\"lane\" data-ns=\"")
          .append(esc(ns))
          .append("\"><rect class=\"lane-bg")
          .append(lane++ % 2 == 0 ? "" : " odd")
          .append("\" x=\"0\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"")
          .append(h)
          .append("\"/><text class=\"lane-label\" x=\"12\" y=\"")
          .append(y + 22)
          .append("\">")
          .append(esc(ns.equals(Topology.CLUSTER) ? "cluster-scoped" : ns))
          .append("</text><text class=\"lane-sub\" x=\"12\" y=\"")
          .append(y + 38)
          .append("\">")
          .append(ns.equals(Topology.CLUSTER) ? "" : "namespace")
          .append("</text></g>\n");
      for (Map.Entry<Layer, List<Topology.Node>> cell : group.getValue().entrySet()) {
        Layer layer = cell.getKey();
        List<Topology.Node> list = cell.getValue();
        int sub = (list.size() + PER_COLUMN - 1) / PER_COLUMN;
        int perColumn = (list.size() + sub - 1) / sub;
        for (int i = 0; i < list.size(); i++) {
          int bx = columnX.get(layer) + PAD + (i / perColumn) * (BOX_W + GAP_X);
          int by = y + PAD + (i % perColumn) * (BOX_H + GAP_Y);
          Topology.Node n = list.get(i);
          boxes.put(n.id(), new Box(bx, by, layer.label(), ns));
          node(nodes, n, bx, by, ns);
        }
      }
      y += h;
    }
    int height = y + PAD;
    StringBuilder out = new StringBuilder(nodes.length() * 2 + 4096);
    out.append("<svg id=\"stack-diagram\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .append(" aria-label=\"Topology of the stack\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\">\n<defs>")
        .append(marker("arrow-traffic"))
        .append(marker("arrow-dependency"))
        .append("</defs>\n")
        .append(lanes);
    for (Layer l : layers) {
      int cx = columnX.get(l);
      out.append("<g class=\"column layer-")
          .append(l.label())
          .append("\" data-layer=\"")
          .append(l.label())
          .append("\"><rect class=\"column-bg\" x=\"")
          .append(cx)
          .append("\" y=\"")
          .append(HEADER)
          .append("\" width=\"")
          .append(columnW.get(l))
          .append("\" height=\"")
          .append(height - HEADER - PAD)
          .append("\"/><text class=\"column-label\" x=\"")
          .append(cx + columnW.get(l) / 2)
          .append("\" y=\"26\">")
          .append(l.label())
          .append("</text></g>\n");
    }
    out.append("<g class=\"edges\">\n");
    for (Edge e : topology.edges()) {
      Box from = boxes.get(e.from());
      Box to = boxes.get(e.to());
      if (from != null && to != null && !from.equals(to)) {
        edge(out, e, from, to);
      }
    }
    out.append("</g>\n<g class=\"nodes\">\n").append(nodes).append("</g>\n</svg>\n");
    return out.toString();
  }

  private static String marker(String id) {
    return "<marker id=\""
        + id
        + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
        + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>";
  }

  private static void node(StringBuilder out, Topology.Node n, int x, int y, String ns) {
    ComponentId id = n.id();
    String kinds = String.join(", ", n.kinds());
    out.append("<g class=\"node layer-")
        .append(n.layer().label())
        .append("\" data-id=\"")
        .append(esc(id.toString()))
        .append("\" data-layer=\"")
        .append(n.layer().label())
        .append("\" data-ns=\"")
        .append(esc(ns))
        .append("\" transform=\"translate(")
        .append(x)
        .append(',')
        .append(y)
        .append(")\" tabindex=\"0\"><title>")
        .append(esc(id.toString()))
        .append(kinds.isEmpty() ? "" : "\n" + esc(kinds))
        .append("</title><rect width=\"")
        .append(BOX_W)
        .append("\" height=\"")
        .append(BOX_H)
        .append("\" rx=\"7\"/><rect class=\"stripe\" width=\"5\" height=\"")
        .append(BOX_H)
        .append("\" rx=\"2\"/><text class=\"kind\" x=\"13\" y=\"15\">")
        .append(esc(id.kind()))
        .append("</text><text class=\"name\" x=\"13\" y=\"31\">")
        .append(esc(shorten(id.name(), MAX_CHARS - 4)))
        .append("</text><text class=\"kinds\" x=\"13\" y=\"44\">")
        .append(esc(shorten(kinds, MAX_CHARS + 6)))
        .append("</text></g>\n");
  }

  private static void edge(StringBuilder out, Edge e, Box from, Box to) {
    int x1;
    int x2;
    int bend;
    int y1 = from.y() + BOX_H / 2;
    int y2 = to.y() + BOX_H / 2;
    if (to.x() > from.x()) {
      x1 = from.x() + BOX_W;
      x2 = to.x();
      bend = Math.max(30, (x2 - x1) / 2);
    } else if (to.x() < from.x()) {
      x1 = from.x();
      x2 = to.x() + BOX_W;
      bend = -Math.max(30, (x1 - x2) / 2);
    } else {
      x1 = from.x() + BOX_W;
      x2 = to.x() + BOX_W;
      bend = 0;
    }
    String d =
        bend == 0
            ? String.format(
                Locale.ROOT,
                "M%d,%d C%d,%d %d,%d %d,%d",
                x1,
                y1,
                x1 + 40,
                y1,
                x2 + 40,
                y2,
                x2 + 2,
                y2)
            : String.format(
                Locale.ROOT,
                "M%d,%d C%d,%d %d,%d %d,%d",
                x1,
                y1,
                x1 + bend,
                y1,
                x2 - bend,
                y2,
                x2,
                y2);
    String style = e.style() == Edge.Style.DEPENDENCY ? "dependency" : "traffic";
    out.append("<g class=\"edge ")
        .append(style)
        .append("\" data-from=\"")
        .append(esc(e.from().toString()))
        .append("\" data-to=\"")
        .append(esc(e.to().toString()))
        .append("\"><title>")
        .append(esc(e.from() + " → " + e.to() + (e.label().isEmpty() ? "" : ": " + e.label())))
        .append("</title><path d=\"")
        .append(d)
        .append("\" marker-end=\"url(#arrow-")
        .append(style)
        .append(")\"/>");
    if (!e.label().isEmpty()) {
      int lx = bend == 0 ? Math.max(x1, x2) + 32 : (x1 + x2) / 2;
      int ly = (y1 + y2) / 2 - 3;
      out.append("<text class=\"edge-label\" x=\"")
          .append(lx)
          .append("\" y=\"")
          .append(ly)
          .append("\">")
          .append(esc(shorten(e.label(), 28)))
          .append("</text>");
    }
    out.append("</g>\n");
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
