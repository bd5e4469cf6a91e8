package dev.stackwright.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.ComponentId;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.output.ArgoCdStages;
import dev.stackwright.core.output.DeliveryFiles;
import dev.stackwright.core.output.OutputFile;
import dev.stackwright.core.stage.ArgoCdDelivery;
import dev.stackwright.core.stage.FluxDelivery;
import dev.stackwright.core.stage.KubectlDelivery;
import dev.stackwright.core.stage.StagePlan;
import dev.stackwright.core.synth.SynthObject;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.yaml.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks a stack's delivery folder the way its tool applies it, against a {@link ClusterModel} of an
 * empty target cluster, and proves the stages bring the stack up: no object is applied before its
 * kind exists, no stage starts before the one it depends on is ready (a provider's kinds exist only
 * once its stage is ready), and every object of the plain output is applied exactly once. It reads
 * the generated files back (Flux Kustomizations, Argo CD Applications and waves, or the kubectl
 * script), so it tests the wiring as written, not the plan behind it.
 *
 * <pre>{@code
 * StageWalk.walk(Synthesizer.synthesize(stack)); // fails with the first misstep
 * }</pre>
 */
public final class StageWalk {
  private final SynthResult result;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final ClusterModel cluster;
  private final Map<String, ComponentId> origins = new HashMap<>();
  private final Map<ComponentId, Integer> remaining = new HashMap<>();
  private final Set<ComponentId> installed = new HashSet<>();

  private StageWalk(SynthResult result, List<OutputFile> deliveryFiles) {
    this.result = result;
    for (OutputFile f : deliveryFiles) {
      files.put(f.path(), f.content());
    }
    this.cluster = ClusterModel.empty(result.stages().target());
    Set<String> created = new HashSet<>();
    result.objects().stream()
        .filter(o -> o.getKind().equals("Namespace") && "v1".equals(o.getApiVersion()))
        .forEach(o -> created.add(o.getMetadata().getName()));
    cluster.createsNamespaces(created);
    try {
      List<JsonNode> trees = Yaml.trees(result.objects());
      for (int i = 0; i < trees.size(); i++) {
        SynthObject o = result.entries().get(i);
        origins.put(ClusterModel.key(trees.get(i)), o.origin());
        remaining.merge(o.origin(), 1, Integer::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Walks the delivery folder of {@code result} for its tool and returns the cluster it leaves.
   *
   * @throws AssertionError at the first object or stage applied too early, or a missing object
   */
  public static ClusterModel walk(SynthResult result) {
    SynthAssertions.assertThat(result).isOk();
    return walk(result, DeliveryFiles.of(result));
  }

  /**
   * Walks {@code deliveryFiles} (as {@link DeliveryFiles#of} writes them, possibly edited) as the
   * delivery folder of {@code result}.
   */
  public static ClusterModel walk(SynthResult result, List<OutputFile> deliveryFiles) {
    StageWalk walk = new StageWalk(result, deliveryFiles);
    StagePlan plan = result.stages();
    if (plan.delivery() instanceof FluxDelivery flux) {
      walk.flux(flux);
    } else if (plan.delivery() instanceof ArgoCdDelivery argo) {
      walk.argoCd(argo);
    } else if (plan.delivery() instanceof KubectlDelivery) {
      walk.kubectl();
    }
    walk.checkEveryObjectApplied();
    return walk.cluster;
  }

  private void flux(FluxDelivery flux) {
    List<JsonNode> kustomizations = new ArrayList<>();
    for (String resource : resources("")) {
      for (JsonNode k : documents(resource)) {
        cluster.apply(k, resource);
        kustomizations.add(k);
      }
    }
    String prefix = join(flux.repositoryPath(), DeliveryFiles.folderOf(result));
    Set<String> ready = new HashSet<>();
    List<JsonNode> pending = new ArrayList<>(kustomizations);
    while (!pending.isEmpty()) {
      // Flux reconciles every Kustomization whose dependencies are ready, in any order: take the
      // last one, so a missing dependsOn shows.
      JsonNode next = null;
      for (JsonNode k : pending) {
        boolean depsReady = true;
        for (JsonNode dep : k.path("spec").path("dependsOn")) {
          depsReady &= ready.contains(dep.path("name").asText());
        }
        if (depsReady) {
          next = k;
        }
      }
      if (next == null) {
        throw new AssertionError(
            "Kustomizations that never start, their dependencies never become ready: "
                + pending.stream().map(k -> k.path("metadata").path("name").asText()).toList());
      }
      pending.remove(next);
      String name = next.path("metadata").path("name").asText();
      String path = next.path("spec").path("path").asText();
      if (!path.startsWith(prefix + "/")) {
        throw new AssertionError(
            "Kustomization " + name + " points outside " + prefix + ": " + path);
      }
      applyFolder(path.substring(prefix.length() + 1), "Kustomization " + name);
      if (next.path("spec").path("wait").asBoolean(false)) {
        becomeReady("Kustomization " + name);
      } else {
        cluster.note(
            "Kustomization " + name + " applied without waiting: nothing it installs counts");
      }
      ready.add(name);
    }
  }

  private void argoCd(ArgoCdDelivery argo) {
    JsonNode root = documents("root.yaml").get(0);
    cluster.apply(root, "root.yaml");
    String prefix = join(argo.repositoryPath(), DeliveryFiles.folderOf(result));
    String rootPath = root.path("spec").path("source").path("path").asText();
    if (!rootPath.equals(prefix + "/apps")) {
      throw new AssertionError(
          "the root Application syncs " + rootPath + ", not " + prefix + "/apps");
    }
    TreeMap<Integer, List<JsonNode>> waves = new TreeMap<>();
    for (String resource : resources("apps")) {
      for (JsonNode app : documents("apps/" + resource)) {
        String wave =
            app.path("metadata").path("annotations").path(ArgoCdStages.SYNC_WAVE).asText("0");
        waves.computeIfAbsent(Integer.parseInt(wave), w -> new ArrayList<>()).add(app);
      }
    }
    Set<String> earlier = new HashSet<>();
    for (List<JsonNode> wave : waves.values()) {
      Set<String> installedBefore = Set.copyOf(earlier);
      for (JsonNode app : wave) {
        String name = app.path("metadata").path("name").asText();
        cluster.apply(app, "apps/");
        String path = app.path("spec").path("source").path("path").asText();
        if (!path.startsWith(prefix + "/")) {
          throw new AssertionError(
              "Application " + name + " syncs outside " + prefix + ": " + path);
        }
        for (JsonNode o : applyFolder(path.substring(prefix.length() + 1), "Application " + name)) {
          String kind =
              ApiKind.ofObject(o.path("apiVersion").asText(), o.path("kind").asText()).key();
          String options =
              o.path("metadata").path("annotations").path(ArgoCdStages.SYNC_OPTIONS).asText("");
          if (installedBefore.contains(kind) && !options.contains(ArgoCdStages.SKIP_DRY_RUN)) {
            throw new AssertionError(
                ClusterModel.key(o)
                    + " needs a CRD of an earlier wave but has no "
                    + ArgoCdStages.SKIP_DRY_RUN);
          }
        }
      }
      // With the Application health check in argocd-cm, the next wave waits for this one.
      earlier.addAll(becomeReady("wave of " + wave.size() + " Applications"));
    }
  }

  private void kubectl() {
    String script = files.get("apply.sh");
    if (script == null) {
      throw new AssertionError("the kubectl folder has no apply.sh");
    }
    for (String line : script.split("\n", -1)) {
      String[] words = line.trim().split(" ", -1);
      if (line.startsWith("kubectl apply")) {
        applyFolder(words[words.length - 1], line);
      } else if (line.startsWith("helmfile")) {
        String helmfile = words[2];
        JsonNode releases = documents(helmfile).get(0).path("releases");
        for (JsonNode r : releases) {
          ComponentId origin = helmfileOrigin(r);
          cluster.requireNamespace(r.path("namespace").asText(), "helm release " + origin);
          cluster.note("helm installed " + origin + " and waited for it");
          if (!installed.add(origin)) {
            throw new AssertionError("helmfile installs " + origin + " twice");
          }
          cluster.install(
              result.stages().installs().getOrDefault(origin, List.of()), origin.toString());
        }
        becomeReady(line);
      } else if (line.startsWith("kubectl wait --for=create")) {
        // What was applied so far is ready, so operators have created the CRDs they own.
        becomeReady(line);
        for (String w : words) {
          if (w.startsWith("crd/") && !cluster.hasCrd(w.substring(4))) {
            throw new AssertionError(line + ": nothing applied so far creates the CRD " + w);
          }
        }
      } else if (line.startsWith("kubectl wait")) {
        for (String w : words) {
          if (w.startsWith("crd/") && !cluster.hasCrd(w.substring(4))) {
            throw new AssertionError(line + ": the CRD " + w + " does not exist at this point");
          }
        }
        becomeReady(line);
      }
    }
  }

  private ComponentId helmfileOrigin(JsonNode release) {
    String name = release.path("name").asText();
    String ns = release.path("namespace").asText();
    for (StagePlan.Contribution c : result.stages().files()) {
      if (!c.file().path().equals("helmfile.yaml") || c.file().yaml().isEmpty()) {
        continue;
      }
      JsonNode entries = Yaml.tree(c.file().yaml().get()).path("releases");
      for (JsonNode entry : entries) {
        if (entry.path("name").asText().equals(name)
            && entry.path("namespace").asText().equals(ns)) {
          return c.origin();
        }
      }
    }
    throw new AssertionError("helmfile release " + ns + "/" + name + " comes from no component");
  }

  /** Applies the objects a folder's kustomization.yaml lists; returns them. */
  private List<JsonNode> applyFolder(String folder, String by) {
    List<JsonNode> out = new ArrayList<>();
    for (String resource : resources(folder)) {
      for (JsonNode o : documents(folder + "/" + resource)) {
        cluster.apply(o, by);
        out.add(o);
        ComponentId origin = origins.get(ClusterModel.key(o));
        if (origin != null) {
          remaining.merge(origin, -1, Integer::sum);
        }
        if (o.path("kind").asText().equals("CustomResourceDefinition")) {
          JsonNode spec = o.path("spec");
          pendingCrds.add(
              ApiKind.of(
                  spec.path("group").asText(),
                  spec.path("names").path("kind").asText(),
                  spec.path("names").path("plural").asText()));
        }
      }
    }
    return out;
  }

  private final List<ApiKind> pendingCrds = new ArrayList<>();

  /**
   * Everything applied so far is ready: CRDs are established and providers whose objects are all
   * applied have installed their kinds. Returns the kinds that became served.
   */
  private Set<String> becomeReady(String what) {
    Set<String> now = new HashSet<>();
    if (!pendingCrds.isEmpty()) {
      cluster.install(List.copyOf(pendingCrds), "CustomResourceDefinitions ready after " + what);
      pendingCrds.forEach(k -> now.add(k.key()));
      pendingCrds.clear();
    }
    for (Map.Entry<ComponentId, List<ApiKind>> e : result.stages().installs().entrySet()) {
      ComponentId id = e.getKey();
      if (remaining.containsKey(id) && remaining.get(id) == 0 && installed.add(id)) {
        cluster.install(e.getValue(), id + " ready after " + what);
        e.getValue().forEach(k -> now.add(k.key()));
      }
    }
    return now;
  }

  private void checkEveryObjectApplied() {
    List<String> missing = new ArrayList<>();
    for (String key : origins.keySet()) {
      if (!cluster.applied().containsKey(key)) {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      throw new AssertionError("objects of the plain output that no stage applies: " + missing);
    }
  }

  private List<String> resources(String folder) {
    String path = folder.isEmpty() ? "kustomization.yaml" : folder + "/kustomization.yaml";
    List<JsonNode> docs = documents(path);
    List<String> out = new ArrayList<>();
    for (JsonNode r : docs.get(0).path("resources")) {
      out.add(r.asText());
    }
    return out;
  }

  private List<JsonNode> documents(String path) {
    String content = files.get(path);
    if (content == null) {
      throw new AssertionError("the delivery folder has no " + path + "; it has " + files.keySet());
    }
    try {
      return Yaml.trees(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String join(String base, String path) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return b.isEmpty() ? path : b + "/" + path;
  }
}
