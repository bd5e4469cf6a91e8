package dev.stackwright.core.output;

import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.stage.ArgoCdDelivery;
import dev.stackwright.core.stage.Stage;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Argo CD wiring of a stack's stages: an {@code Application} per stage in {@code apps/}, in
 * sync waves by stage number, under a root Application ({@code root.yaml}) that syncs {@code
 * apps/}. Custom resources whose CRD an earlier stage installs get {@code
 * SkipDryRunOnMissingResource=true}, so Argo CD does not refuse them before the CRD exists.
 */
public final class ArgoCdStages {
  /** The annotation that orders Applications in waves. */
  public static final String SYNC_WAVE = "argocd.argoproj.io/sync-wave";

  /** The annotation of per-object sync options. */
  public static final String SYNC_OPTIONS = "argocd.argoproj.io/sync-options";

  /** The sync option that skips the dry run of a kind the cluster does not serve yet. */
  public static final String SKIP_DRY_RUN = "SkipDryRunOnMissingResource=true";

  private ArgoCdStages() {}

  /** The files of the Argo CD folder, relative to it. */
  static List<OutputFile> files(
      SynthResult result, ArgoCdDelivery argo, Layout layout, Function<HasMetadata, String> yaml) {
    List<OutputFile> files = new ArrayList<>();
    Set<String> installed = new HashSet<>();
    for (Stage s : result.stages().stages()) {
      Set<String> earlier = Set.copyOf(installed);
      files.addAll(StageFolders.files(s, "", layout, o -> annotate(o, earlier), yaml));
      s.installs().forEach(k -> installed.add(k.key()));
    }
    List<OutputFile> apps = new ArrayList<>();
    for (GenericKubernetesResource app : applications(result)) {
      apps.add(new OutputFile(app.getMetadata().getName() + ".yaml", "---\n" + Yaml.write(app)));
    }
    apps.forEach(f -> files.add(new OutputFile("apps/" + f.path(), f.content())));
    OutputFile kustomization = ManifestFiles.kustomization(apps);
    files.add(new OutputFile("apps/" + kustomization.path(), kustomization.content()));
    files.add(new OutputFile("root.yaml", "---\n" + Yaml.write(root(result))));
    files.add(new OutputFile("README.md", DeliveryReadme.argoCd(result, argo)));
    return files;
  }

  /** The Application of every stage, in waves by stage number. */
  public static List<GenericKubernetesResource> applications(SynthResult result) {
    ArgoCdDelivery argo = (ArgoCdDelivery) result.stages().delivery();
    List<GenericKubernetesResource> out = new ArrayList<>();
    for (Stage s : result.stages().stages()) {
      out.add(
          application(
              result,
              argo,
              FluxStages.prefix(result) + "-" + s.name(),
              path(result, argo, s.name()),
              Map.of(SYNC_WAVE, String.valueOf(s.index())),
              argo.server()));
    }
    return out;
  }

  /**
   * The root Application that syncs the stage Applications: the one thing to apply. It writes
   * Applications, so its destination is Argo CD's own cluster; the stage Applications deploy to the
   * delivery's {@link ArgoCdDelivery#server()}.
   */
  public static GenericKubernetesResource root(SynthResult result) {
    ArgoCdDelivery argo = (ArgoCdDelivery) result.stages().delivery();
    return application(
        result,
        argo,
        FluxStages.prefix(result),
        path(result, argo, "apps"),
        Map.of(),
        ArgoCdDelivery.IN_CLUSTER);
  }

  /** An object as the stage folder holds it: annotated when its CRD comes from an earlier wave. */
  static HasMetadata annotate(HasMetadata object, Set<String> installedEarlier) {
    if (!installedEarlier.contains(
        ApiKind.ofObject(object.getApiVersion(), object.getKind()).key())) {
      return object;
    }
    HasMetadata copy = Yaml.copy(object);
    Map<String, String> annotations = new LinkedHashMap<>();
    if (copy.getMetadata().getAnnotations() != null) {
      annotations.putAll(copy.getMetadata().getAnnotations());
    }
    annotations.merge(SYNC_OPTIONS, SKIP_DRY_RUN, (a, b) -> a.contains(b) ? a : a + "," + b);
    copy.getMetadata().setAnnotations(annotations);
    return copy;
  }

  private static String path(SynthResult result, ArgoCdDelivery argo, String sub) {
    return StageFolders.join(
        argo.repositoryPath(), StackOutput.folderOf(result) + "/" + argo.folder() + "/" + sub);
  }

  private static GenericKubernetesResource application(
      SynthResult result,
      ArgoCdDelivery argo,
      String name,
      String path,
      Map<String, String> annotations,
      String server) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("repoURL", argo.repoUrl());
    source.put("targetRevision", argo.targetRevision());
    source.put("path", path);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("project", argo.project());
    spec.put("source", source);
    spec.put("destination", Map.of("server", server));
    spec.put(
        "syncPolicy",
        Map.of(
            "automated", Map.of("prune", true, "selfHeal", true),
            "syncOptions", List.of("ServerSideApply=true")));
    ObjectMetaBuilder meta =
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace(argo.namespace())
            .addToLabels("app.kubernetes.io/part-of", result.stackName())
            .addToLabels("app.kubernetes.io/managed-by", "stackwright");
    if (!annotations.isEmpty()) {
      meta.withAnnotations(annotations);
    }
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("argoproj.io/v1alpha1")
        .withKind("Application")
        .withMetadata(meta.build())
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }
}
