package dev.stackwright.core.synth;

import dev.stackwright.core.ChartValue;
import dev.stackwright.core.Component;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.Layer;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.contract.TopologySource;
import dev.stackwright.core.diagram.Edge;
import dev.stackwright.core.patch.Patch;
import dev.stackwright.core.patch.PatchException;
import dev.stackwright.core.pod.ImageReferences;
import dev.stackwright.core.stage.StagePlan;
import dev.stackwright.core.stage.StagePlanner;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.ConfigReferences;
import dev.stackwright.core.validate.Diagnostic;
import dev.stackwright.core.validate.ObjectChecks;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.core.validate.StackwrightException;
import dev.stackwright.core.validate.UserFrames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pure function from a {@link Stack} to a {@link SynthResult}: validate every component
 * (collecting all problems), check references and dependencies, synthesize the valid components,
 * patch, check every object as the API server would, label, and order. No I/O; the same stack
 * always gives the same result.
 */
public final class Synthesizer {
  private final boolean strict;

  private Synthesizer(boolean strict) {
    this.strict = strict;
  }

  /** A synthesizer in which warnings do not fail. */
  public static Synthesizer lenient() {
    return new Synthesizer(false);
  }

  /** A synthesizer in which every warning fails the stack. */
  public static Synthesizer strict() {
    return new Synthesizer(true);
  }

  /** Synthesizes {@code stack} leniently: the common entry point in tests. */
  public static SynthResult synthesize(Stack stack) {
    return lenient().run(stack);
  }

  /**
   * Synthesizes {@code stack}. Every mistake is reported in one round: the components that validate
   * are synthesized even when others do not, so the checks that need synthesized objects (patches,
   * chart values, the object-level rules, duplicates) run too; any error then empties the result.
   */
  public SynthResult run(Stack stack) {
    Checks root = Checks.root("stack " + stack.name());
    SynthContext context = new SynthContext(stack);

    stack.validate(context, root);
    Map<ComponentId, Component> ids = indexComponents(stack, context, root);
    for (Map.Entry<ComponentId, Component> e : ids.entrySet()) {
      e.getValue().validate(context, root.in(e.getKey().segment()));
    }
    PodDecorations.checkTargets(ids, root);
    DependencyGraph graph = dependencies(ids, context, root);
    Set<ComponentId> skipped = invalidComponents(ids, context, root);

    List<SynthObject> objects = new ArrayList<>();
    for (Map.Entry<ComponentId, Component> e : ids.entrySet()) {
      if (!skipped.contains(e.getKey())) {
        synthesize(e.getKey(), e.getValue(), context, root, skipped, objects);
      }
    }
    RawObjects.resolve(objects, stack, root);
    objects = applyPatches(stack, objects, root, skipped);
    ObjectChecks objectChecks =
        new ObjectChecks(
            stack.annotations(),
            ConfigReferences.of(
                objects.stream().map(SynthObject::object).toList(),
                stack.existingObjects(),
                stack.resolvedDefaultNamespace().orElse("")));
    checkObjects(objects, objectChecks, root);
    List<ValueBinding> values = bindValues(stack, objects, root, skipped);
    Labeler labeler = new Labeler(stack);
    objects.forEach(o -> labeler.label(o.object()));
    if (stack.target().isPresent()) {
      ApiVersionChoice.apply(objects, stack.target().get());
    }
    checkDuplicates(objects, root);
    // The stage and cluster checks need every component's objects and an acyclic graph; when the
    // errors so far are object-level only, they still run, so those errors come in the same round.
    boolean plannable = skipped.isEmpty() && graph.findCycle().isEmpty();
    if (root.hasErrors() && !plannable) {
      return result(stack, List.of(), root);
    }
    Map<ComponentId, Integer> depth = graph.depths();
    objects = order(objects, depth);
    StagePlan stages = StagePlanner.plan(context, ids, objects, root);
    if (root.hasErrors()) {
      return result(stack, List.of(), root);
    }
    if (stack.argoCdSyncWaves()) {
      SyncWaves.annotate(objects, depth);
    }
    Map<ComponentId, Layer> layers = new LinkedHashMap<>();
    ids.forEach((id, c) -> layers.put(id, c.layer()));
    return new SynthResult(
        stack,
        objects,
        values,
        stages,
        edges(ids, context),
        layers,
        root.diagnostics(),
        strict,
        ImageReferences.in(context).builds());
  }

  /**
   * The object-level pass over every object, on every core: each object is checked on its own, into
   * its own collector, and the collectors are merged in the objects' order, so the diagnostics are
   * the same, in the same order, as one pass in a row would give.
   */
  private static void checkObjects(
      List<SynthObject> objects, ObjectChecks objectChecks, Checks root) {
    List<Checks> found =
        objects.parallelStream()
            .map(
                o -> {
                  HasMetadata m = o.object();
                  Checks at =
                      Checks.root(
                          root.in(o.origin().segment())
                              .in(m.getKind() + " " + m.getMetadata().getName())
                              .path());
                  objectChecks.check(m, at);
                  return at;
                })
            .toList();
    found.forEach(at -> at.diagnostics().forEach(root::add));
  }

  /**
   * The components not to synthesize: those with an error at or below their path, and every
   * component that depends on one of them. Their output would be discarded anyway, and {@link
   * Component#synthesize} may rely on what {@code validate} checked.
   */
  private static Set<ComponentId> invalidComponents(
      Map<ComponentId, Component> ids, SynthContext context, Checks root) {
    Set<ComponentId> invalid = new HashSet<>();
    List<String> errorPaths =
        root.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::path).toList();
    if (errorPaths.isEmpty()) {
      return invalid;
    }
    for (ComponentId id : ids.keySet()) {
      String at = root.pathOf(id.segment());
      if (errorPaths.stream().anyMatch(p -> p.equals(at) || p.startsWith(at + " / "))) {
        invalid.add(id);
      }
    }
    boolean grew = !invalid.isEmpty();
    while (grew) {
      grew = false;
      for (Map.Entry<ComponentId, Component> e : ids.entrySet()) {
        if (!invalid.contains(e.getKey())
            && e.getValue().dependsOn().stream()
                .anyMatch(d -> d != null && invalid.contains(context.idOf(d)))) {
          grew |= invalid.add(e.getKey());
        }
      }
    }
    return invalid;
  }

  /**
   * Synthesizes one valid component into {@code objects}. When the stack already has errors, an
   * unexpected exception (a component relying on an invalid one) only skips the component: the
   * errors already reported explain it, and nothing is output.
   */
  private static void synthesize(
      ComponentId id,
      Component c,
      SynthContext context,
      Checks root,
      Set<ComponentId> skipped,
      List<SynthObject> objects) {
    Checks at = root.in(id.segment());
    try {
      List<HasMetadata> made = c.synthesize(context);
      if (made == null) {
        at.error(Rules.NULL_OBJECT, "", "synthesize returned null instead of a list of objects");
        return;
      }
      for (int i = 0; i < made.size(); i++) {
        HasMetadata o = made.get(i);
        if (o == null || o.getMetadata() == null) {
          at.error(
              Rules.NULL_OBJECT,
              "",
              "object %d of the %d it synthesized is null or has no metadata",
              i + 1,
              made.size());
        } else {
          objects.add(new SynthObject(o, id, c.layer()));
        }
      }
    } catch (StackwrightException ex) {
      // A component's own error keeps its real path: below the component, unless it already
      // carries the whole path from the stack.
      ex.diagnostics()
          .forEach(
              d ->
                  at.add(
                      d.path().startsWith(root.path())
                          ? d
                          : new Diagnostic(
                              d.severity(), d.rule(), at.pathOf(d.path()), d.message())));
    } catch (RuntimeException ex) {
      if (!root.hasErrors()) {
        throw ex;
      }
      skipped.add(id);
    }
  }

  /**
   * Whether a missing target named {@code name} may be an object that a skipped component would
   * have synthesized (objects are named after their component, or start with its name).
   */
  private static boolean mayBeSkipped(String name, Set<ComponentId> skipped) {
    for (ComponentId id : skipped) {
      if (name.equals(id.name()) || name.startsWith(id.name() + "-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Binds the chart values; a value whose object is missing only because its component was skipped
   * is not reported (its component's errors are).
   */
  private static List<ValueBinding> bindValues(
      Stack stack, List<SynthObject> objects, Checks root, Set<ComponentId> skipped) {
    if (skipped.isEmpty()) {
      return ChartValueBinder.bind(stack, objects, root);
    }
    Set<String> excused = new HashSet<>();
    for (int v = 0; v < stack.values().size(); v++) {
      ChartValue value = stack.values().get(v);
      if (mayBeSkipped(value.name(), skipped)) {
        excused.add(root.pathOf("values[" + v + "] " + value.path()));
      }
    }
    Checks scratch = Checks.root(root.path());
    List<ValueBinding> values = ChartValueBinder.bind(stack, objects, scratch);
    for (Diagnostic d : scratch.diagnostics()) {
      if (!(d.rule().equals("release.unknown-value-target") && excused.contains(d.path()))) {
        root.add(d);
      }
    }
    return values;
  }

  private SynthResult result(Stack stack, List<SynthObject> objects, Checks root) {
    StagePlan none =
        StagePlan.empty(
            stack.target().orElse(TargetCluster.assumed()),
            stack.target().isPresent(),
            stack.delivery());
    return new SynthResult(
        stack, objects, List.of(), none, List.of(), Map.of(), root.diagnostics(), strict, Map.of());
  }

  private static List<Edge> edges(Map<ComponentId, Component> ids, SynthContext context) {
    Set<Edge> edges = new LinkedHashSet<>();
    for (Map.Entry<ComponentId, Component> e : ids.entrySet()) {
      for (Component d : e.getValue().dependsOn()) {
        edges.add(new Edge(e.getKey(), context.idOf(d), "", Edge.Style.DEPENDENCY));
      }
      if (e.getValue() instanceof TopologySource source) {
        edges.addAll(source.edges(context));
      }
    }
    return List.copyOf(edges);
  }

  private static Map<ComponentId, Component> indexComponents(
      Stack stack, SynthContext context, Checks root) {
    Map<ComponentId, Component> ids = new LinkedHashMap<>();
    for (Component c : stack.allComponents()) {
      ComponentId id = context.idOf(c);
      Component previous = ids.putIfAbsent(id, c);
      if (previous != null) {
        root.in(id.segment())
            .error(
                Rules.DUPLICATE_COMPONENT,
                "",
                "two %ss are called \"%s\"%s; names must be unique per kind and namespace",
                id.kind(),
                id.name(),
                id.namespace().isEmpty() ? "" : " in namespace " + id.namespace());
      }
    }
    return ids;
  }

  private static DependencyGraph dependencies(
      Map<ComponentId, Component> ids, SynthContext context, Checks root) {
    DependencyGraph graph = new DependencyGraph();
    for (Map.Entry<ComponentId, Component> e : ids.entrySet()) {
      graph.addNode(e.getKey());
      List<Component> deps = e.getValue().dependsOn();
      for (int i = 0; i < deps.size(); i++) {
        ComponentId target = context.idOf(deps.get(i));
        if (!ids.containsKey(target)) {
          root.in(e.getKey().segment())
              .error(
                  Rules.UNKNOWN_REFERENCE,
                  "dependsOn[" + i + "]",
                  "refers to %s, which is not part of the stack; add it to the stack",
                  target);
        } else {
          graph.addEdge(e.getKey(), target);
        }
      }
    }
    Optional<List<ComponentId>> cycle = graph.findCycle();
    cycle.ifPresent(
        members ->
            root.error(
                Rules.DEPENDENCY_CYCLE,
                "",
                "components depend on each other in a cycle: %s",
                members.stream().map(ComponentId::toString).collect(Collectors.joining(" -> "))));
    return graph;
  }

  private static List<SynthObject> applyPatches(
      Stack stack, List<SynthObject> objects, Checks root, Set<ComponentId> skipped) {
    if (stack.patches().isEmpty()) {
      return objects;
    }
    List<SynthObject> out = new ArrayList<>(objects);
    for (int p = 0; p < stack.patches().size(); p++) {
      Patch patch = stack.patches().get(p);
      String field =
          "patches["
              + p
              + "] ("
              + patch.kind()
              + " "
              + patch.namespace().map(ns -> ns + "/").orElse("")
              + patch.name()
              + ")";
      boolean matched = false;
      for (int i = 0; i < out.size(); i++) {
        SynthObject o = out.get(i);
        if (!patch.matches(o.object())) {
          continue;
        }
        matched = true;
        try {
          HasMetadata patched = patch.apply(o.object());
          out.set(i, new SynthObject(patched, o.origin(), o.layer()));
        } catch (PatchException e) {
          root.error(Rules.PATCH, field, "cannot apply the patch: %s", e.getMessage());
        } catch (RuntimeException e) {
          root.error(Rules.PATCH, field, "the patch function threw %s", UserFrames.describe(e));
        }
      }
      if (!matched && !mayBeSkipped(patch.name(), skipped)) {
        root.error(
            Rules.PATCH,
            field,
            "matches no synthesized object; check the kind, namespace and name");
      }
    }
    return out;
  }

  private static void checkDuplicates(List<SynthObject> objects, Checks root) {
    Map<String, SynthObject> seen = new HashMap<>();
    for (SynthObject o : objects) {
      HasMetadata m = o.object();
      String key =
          m.getKind()
              + "/"
              + Objects.toString(m.getMetadata().getNamespace(), "")
              + "/"
              + m.getMetadata().getName();
      SynthObject first = seen.putIfAbsent(key, o);
      if (first != null) {
        root.in(o.origin().segment())
            .error(
                Rules.DUPLICATE_OBJECT,
                "",
                "synthesizes %s, which %s also synthesizes; rename one of them",
                o.describe(),
                first.origin().equals(o.origin()) ? "it" : first.origin().toString());
      }
    }
  }

  /** Sorts in apply order; each object's key is computed once, not on every comparison. */
  private static List<SynthObject> order(
      List<SynthObject> objects, Map<ComponentId, Integer> depth) {
    List<OrderKey> keys = new ArrayList<>(objects.size());
    for (SynthObject o : objects) {
      HasMetadata m = o.object();
      keys.add(
          new OrderKey(
              KindOrder.rank(m.getKind()),
              depth.getOrDefault(o.origin(), 0),
              m.getKind(),
              Objects.toString(m.getApiVersion(), ""),
              Objects.toString(m.getMetadata().getNamespace(), ""),
              m.getMetadata().getName(),
              o));
    }
    keys.sort(OrderKey.ORDER);
    List<SynthObject> sorted = new ArrayList<>(keys.size());
    keys.forEach(k -> sorted.add(k.object()));
    return sorted;
  }

  /**
   * The apply-order key of one object: kind rank, dependency depth, kind, version, namespace, name.
   */
  private record OrderKey(
      int rank,
      int depth,
      String kind,
      String apiVersion,
      String namespace,
      String name,
      SynthObject object) {
    static final Comparator<OrderKey> ORDER =
        Comparator.comparingInt(OrderKey::rank)
            .thenComparingInt(OrderKey::depth)
            .thenComparing(OrderKey::kind)
            .thenComparing(OrderKey::apiVersion)
            .thenComparing(OrderKey::namespace)
            .thenComparing(OrderKey::name);
  }
}
