package dev.stackwright.core.fleet;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.output.FluxStages;
import dev.stackwright.core.stage.ArgoCdDelivery;
import dev.stackwright.core.stage.FluxDelivery;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The objects that roll a {@link Fleet} out from the management cluster, the one component of its
 * management stack. With Argo CD: an {@code ApplicationSet} whose list generator has one element
 * per cluster ({@code cluster}, {@code environment}, {@code region}) and whose template is the
 * cluster's root Application (its stage Applications, each deploying to the cluster's server). With
 * Flux: a {@code Kustomization} per cluster that applies the cluster's stage Kustomizations to it
 * through its kubeconfig Secret; each cluster runs Flux, bootstrapped from the same repository.
 */
@Value.Immutable
@StackwrightStyle
public abstract class FleetRollout implements Component {
  /** The fleet rolled out. */
  @Value.Parameter
  public abstract Fleet fleet();

  /** The rollout of {@code fleet}. */
  public static FleetRollout of(Fleet fleet) {
    return ImmutableFleetRollout.of(fleet);
  }

  @Override
  public String name() {
    return fleet().name();
  }

  @Override
  public String kind() {
    return "fleet";
  }

  @Override
  public Layer layer() {
    return Layer.RELEASE;
  }

  @Override
  public Optional<String> namespace() {
    return Optional.empty();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.require(
        !fleet().clusters().isEmpty(),
        FleetRules.NO_CLUSTERS,
        "clusters",
        "a fleet needs at least one cluster; add them with addCluster(...)");
    checks.require(
        fleet().delivery() instanceof ArgoCdDelivery || fleet().delivery() instanceof FluxDelivery,
        FleetRules.UNSUPPORTED_DELIVERY,
        "delivery",
        "a fleet is rolled out by Argo CD (an ApplicationSet) or Flux (a Kustomization per"
            + " cluster), not by %s",
        fleet().delivery().folder());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < fleet().clusters().size(); i++) {
      FleetCluster c = fleet().clusters().get(i);
      Checks at = checks.in("clusters[" + i + "]");
      if (c.target().name().isEmpty()) {
        at.error(
            FleetRules.CLUSTER_NAME,
            "target.name",
            "a fleet's cluster needs a name, which names its output folder; set"
                + " TargetCluster.builder().name(...)");
      } else if (at.label("target.name", c.name()) && !names.add(c.name())) {
        at.error(
            FleetRules.CLUSTER_NAME,
            "target.name",
            "another cluster of the fleet is called %s; each needs its own name",
            c.name());
      }
      if (fleet().delivery() instanceof ArgoCdDelivery && c.server().isEmpty()) {
        at.error(
            FleetRules.NO_SERVER,
            "server",
            "Argo CD deploys to a cluster by its API server; set withServer(...) to the server of"
                + " the cluster's Argo CD cluster secret");
      }
    }
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    if (fleet().delivery() instanceof ArgoCdDelivery argo) {
      return List.of(applicationSet(context, argo));
    }
    FluxDelivery flux = (FluxDelivery) fleet().delivery();
    List<HasMetadata> out = new ArrayList<>();
    for (FleetCluster c : fleet().clusters()) {
      Map<String, Object> spec = FluxStages.spec(flux, folder(flux.repositoryPath(), c.name()));
      spec.put("kubeConfig", Map.of("secretRef", Map.of("name", c.kubeConfigSecret())));
      out.add(
          new GenericKubernetesResourceBuilder()
              .withApiVersion(FluxStages.API_VERSION)
              .withKind("Kustomization")
              .withMetadata(
                  context
                      .metadata(this, name() + "-" + c.name())
                      .withNamespace(flux.namespace())
                      .build())
              .withAdditionalProperties(Map.of("spec", spec))
              .build());
    }
    return out;
  }

  private GenericKubernetesResource applicationSet(SynthContext context, ArgoCdDelivery argo) {
    List<Map<String, Object>> elements = new ArrayList<>();
    for (FleetCluster c : fleet().clusters()) {
      Map<String, Object> element = new LinkedHashMap<>();
      element.put("cluster", c.name());
      element.put("environment", c.environment().name());
      element.put("region", c.target().region().orElse(""));
      elements.add(element);
    }
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("repoURL", argo.repoUrl());
    source.put("targetRevision", argo.targetRevision());
    source.put("path", folder(argo.repositoryPath(), "{{.cluster}}") + "/apps");
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("server", ArgoCdDelivery.IN_CLUSTER);
    destination.put("namespace", argo.namespace());
    Map<String, Object> templateSpec = new LinkedHashMap<>();
    templateSpec.put("project", argo.project());
    templateSpec.put("source", source);
    templateSpec.put("destination", destination);
    templateSpec.put("syncPolicy", Map.of("automated", Map.of("prune", true, "selfHeal", true)));
    Map<String, Object> templateMeta = new LinkedHashMap<>();
    templateMeta.put("name", name() + "-{{.cluster}}");
    templateMeta.put(
        "labels",
        Map.of(
            "app.kubernetes.io/part-of", name(),
            "app.kubernetes.io/managed-by", "stackwright",
            "stackwright.dev/cluster", "{{.cluster}}"));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("goTemplate", true);
    spec.put("goTemplateOptions", List.of("missingkey=error"));
    spec.put("generators", List.of(Map.of("list", Map.of("elements", elements))));
    spec.put("template", Map.of("metadata", templateMeta, "spec", templateSpec));
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("argoproj.io/v1alpha1")
        .withKind("ApplicationSet")
        .withMetadata(context.metadata(this).withNamespace(argo.namespace()).build())
        .withAdditionalProperties(Map.of("spec", spec))
        .build();
  }

  /** The delivery folder of {@code cluster}'s output, below the output root in the repository. */
  private String folder(String repositoryPath, String cluster) {
    String root = repositoryPath.endsWith("/") ? repositoryPath : repositoryPath + "/";
    String tool = fleet().delivery().folder();
    return (root.equals("/") ? "" : root) + name() + "/" + cluster + "/" + tool;
  }
}
