package dev.stackwright.core.stage;

import dev.stackwright.core.Component;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.cluster.Provider;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.contract.FileContributor;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Splits a stack's ordered objects into apply stages. An object goes after the stage that makes its
 * kind exist (the release installing its CRD, or the CustomResourceDefinition object) and no
 * earlier than the components it depends on; built-in kinds and kinds the cluster provides need no
 * stage. Stages are the distinct levels of that longest-path order, numbered from 0. Reports the
 * cluster checks ({@link ClusterCheck}) and a stage cycle, naming its members.
 */
public final class StagePlanner {
  private final SynthContext context;
  private final List<ComponentId> components;
  private final Map<ComponentId, Integer> componentIndex = new HashMap<>();
  private final List<SynthObject> objects;
  private final Checks root;

  private StagePlanner(
      SynthContext context, List<ComponentId> components, List<SynthObject> objects, Checks root) {
    this.context = context;
    this.components = components;
    this.objects = objects;
    this.root = root;
    for (int i = 0; i < components.size(); i++) {
      componentIndex.put(components.get(i), i);
    }
  }

  /**
   * The stage plan of a valid stack's ordered objects; problems go to {@code root}.
   *
   * @param context the synthesis context
   * @param components every component of the stack by identity, in declaration order
   * @param objects the synthesized objects in apply order
   * @param root where problems are reported
   */
  public static StagePlan plan(
      SynthContext context,
      Map<ComponentId, Component> components,
      List<SynthObject> objects,
      Checks root) {
    return new StagePlanner(context, List.copyOf(components.keySet()), objects, root)
        .run(components);
  }

  private StagePlan run(Map<ComponentId, Component> byId) {
    TargetCluster target = context.stack().target().orElse(TargetCluster.assumed());
    boolean stated = context.stack().target().isPresent();
    Delivery delivery = context.stack().delivery();
    DeliveryCheck.check(delivery, target, stated, root);

    Map<ComponentId, List<ApiKind>> installs = new LinkedHashMap<>();
    ClusterCheck check = new ClusterCheck(target, stated, root);
    byId.forEach(
        (id, c) -> {
          if (c instanceof Provider p) {
            List<ApiKind> kinds = p.installedKinds();
            installs.put(id, kinds);
            check.addProvider(id, p);
          }
        });
    for (int i = 0; i < objects.size(); i++) {
      check.addObject(i, objects.get(i));
    }

    int n = components.size();
    StageGraph graph = new StageGraph(2 * n + objects.size());
    for (Map.Entry<ComponentId, Component> e : byId.entrySet()) {
      int c = componentIndex.get(e.getKey());
      graph.edge(n + c, c, 0, "");
      for (Component d : e.getValue().dependsOn()) {
        Integer di = componentIndex.get(context.idOf(d));
        if (di != null) {
          graph.edge(c, n + di, 0, "");
        }
      }
    }
    Map<String, Integer> namespaceObjects = new HashMap<>();
    for (int i = 0; i < objects.size(); i++) {
      HasMetadata m = objects.get(i).object();
      if ("Namespace".equals(m.getKind()) && "v1".equals(m.getApiVersion())) {
        namespaceObjects.put(m.getMetadata().getName(), i);
      }
    }
    // A component in a namespace needs its Namespace, objects or not (a release for helmfile).
    for (Map.Entry<ComponentId, Component> e : byId.entrySet()) {
      Integer ns = namespaceObjects.get(e.getKey().namespace());
      if (ns != null) {
        graph.edge(componentIndex.get(e.getKey()), 2 * n + ns, 0, "");
      }
    }
    boolean[] early = new boolean[2 * n + objects.size()];
    for (Map.Entry<ComponentId, Component> e : byId.entrySet()) {
      if (e.getValue() instanceof Provider) {
        int c = componentIndex.get(e.getKey());
        early[c] = true;
        early[n + c] = true;
      }
    }
    for (int i = 0; i < objects.size(); i++) {
      SynthObject o = objects.get(i);
      int node = 2 * n + i;
      Integer ns = namespaceObjects.get(o.object().getMetadata().getNamespace());
      if (ns != null && ns != i) {
        graph.edge(node, 2 * n + ns, 0, "");
      }
      early[node] = early[componentIndex.get(o.origin())] || check.crdKind(i).isPresent();
      int c = componentIndex.get(o.origin());
      graph.edge(node, c, 0, "");
      graph.edge(n + c, node, 0, "");
      ClusterCheck.Need need = check.need(i, o);
      if (need.crdObject() >= 0) {
        graph.edge(node, 2 * n + need.crdObject(), 1, need.why());
      } else if (need.provider() != null) {
        graph.edge(node, n + componentIndex.get(need.provider()), 1, need.why());
      }
    }

    List<Contribution> raw = new ArrayList<>();
    byId.forEach(
        (id, c) -> {
          if (c instanceof FileContributor fc) {
            fc.files(context).forEach(f -> raw.add(new Contribution(f, id)));
          }
        });
    ExtraFiles.Merged merged = ExtraFiles.merge(raw.stream().map(Contribution::file).toList());
    merged.conflicts().forEach(m -> root.error(StageRules.FILE_CONFLICT, "", "%s", m));

    int[] earliest = graph.longestPaths();
    if (earliest == null) {
      reportCycle(graph.cycle());
      return StagePlan.empty(target, stated, delivery);
    }
    int[] level = graph.latest(earliest, early);
    TreeSet<Integer> used = new TreeSet<>();
    for (int i = 0; i < objects.size(); i++) {
      used.add(level[2 * n + i]);
    }
    for (Contribution c : raw) {
      used.add(level[n + componentIndex.get(c.origin())]);
    }
    Map<Integer, Integer> renumber = new HashMap<>();
    for (int l : used) {
      renumber.put(l, renumber.size());
    }
    List<List<SynthObject>> stageObjects = new ArrayList<>();
    List<List<StagePlan.Contribution>> stageFiles = new ArrayList<>();
    List<TreeSet<ApiKind>> stageInstalls = new ArrayList<>();
    for (int s = 0; s < renumber.size(); s++) {
      stageObjects.add(new ArrayList<>());
      stageFiles.add(new ArrayList<>());
      stageInstalls.add(new TreeSet<>());
    }
    for (int i = 0; i < objects.size(); i++) {
      int s = renumber.get(level[2 * n + i]);
      stageObjects.get(s).add(objects.get(i));
      check.crdKind(i).ifPresent(stageInstalls.get(s)::add);
    }
    installs.forEach(
        (id, kinds) -> {
          Integer s = renumber.get(level[n + componentIndex.get(id)]);
          if (s != null) {
            stageInstalls.get(s).addAll(kinds);
          }
        });
    List<StagePlan.Contribution> files = new ArrayList<>();
    for (Contribution c : raw) {
      int s = renumber.get(level[n + componentIndex.get(c.origin())]);
      StagePlan.Contribution placed = new StagePlan.Contribution(c.file(), c.origin(), s);
      files.add(placed);
      stageFiles.get(s).add(placed);
    }
    List<Stage> stages = new ArrayList<>();
    for (int s = 0; s < stageObjects.size(); s++) {
      stages.add(
          new Stage(s, stageObjects.get(s), stageFiles.get(s), List.copyOf(stageInstalls.get(s))));
    }
    return new StagePlan(stages, files, installs, target, stated, delivery);
  }

  private void reportCycle(List<StageGraph.Step> cycle) {
    int n = components.size();
    List<String> members = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    ComponentId first = null;
    for (StageGraph.Step step : cycle) {
      ComponentId id =
          step.node() < 2 * n
              ? components.get(step.node() % n)
              : objects.get(step.node() - 2 * n).origin();
      if (first == null) {
        first = id;
      }
      String name = id.toString();
      if (members.isEmpty() || !members.get(members.size() - 1).equals(name)) {
        members.add(name);
      }
      if (!step.why().isEmpty()) {
        reasons.add(step.why());
      }
    }
    if (members.size() > 1 && members.get(0).equals(members.get(members.size() - 1))) {
      members.remove(members.size() - 1);
    }
    members.add(members.get(0));
    root.in(first.segment())
        .error(
            StageRules.CYCLE,
            "",
            "no apply order exists: %s (%s); an object cannot be applied before the CRD it needs,"
                + " so remove the dependency or move the custom resource out of the component"
                + " the release depends on",
            String.join(" -> ", members),
            String.join("; ", reasons));
  }

  /** An extra file before its stage is known. */
  private record Contribution(ExtraFile file, ComponentId origin) {}
}
