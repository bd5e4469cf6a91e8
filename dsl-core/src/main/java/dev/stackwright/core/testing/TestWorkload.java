package dev.stackwright.core.testing;

import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.pod.BuildImage;
import dev.stackwright.core.pod.Container;
import dev.stackwright.core.pod.Image;
import dev.stackwright.core.pod.Pod;
import dev.stackwright.core.pod.PodChecks;
import dev.stackwright.core.pod.PodDefinition;
import dev.stackwright.core.pod.PodExtras;
import dev.stackwright.core.pod.PodIdentity;
import dev.stackwright.core.pod.PodRenderer;
import dev.stackwright.core.pod.Probe;
import dev.stackwright.core.pod.Resources;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A fixture for tests of platform definitions and layers: a workload that a Service, a network
 * policy, a mesh rule or a monitor can point at without the compute layer. It is a real {@link
 * PodSet} that runs its pod through the core pod model, so it behaves like a compute workload: it
 * synthesizes a ServiceAccount (through {@link PodIdentity}) and a Deployment whose pod template
 * comes from {@link PodRenderer} (with the restricted security context and every other layer's
 * decorations), and it is checked by {@link PodChecks}.
 *
 * <p>Defaults: the stack's default namespace; selector labels {@code
 * app.kubernetes.io/name=<name>}; service account {@code <name>}; one container {@code app} running
 * the pinned image {@value #DEFAULT_IMAGE} with the declared named ports, requests of 50m CPU and
 * 64Mi memory, limits of 200m CPU and 128Mi memory, and a TCP readiness probe on its first TCP
 * port; one replica. So a fixture raises no warning and passes strict mode, unless it listens only
 * on UDP or SCTP (no TCP port to probe: the pod checks warn that it has no readiness probe) or a
 * registry policy of the stack does not allow {@code registry.example.com} (set {@code image}).
 *
 * <pre>{@code
 * TestWorkload api = TestWorkload.http("api");                 // port http 8080
 * TestWorkload db = TestWorkload.of("db", NamedPort.of("postgres", 5432)).withNamespace("data");
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class TestWorkload implements PodSet {

  /** The image the fixture's container runs unless another is set. */
  public static final String DEFAULT_IMAGE = "registry.example.com/stackwright/test-workload:1.0.0";

  /** The rule a fixture whose selector labels are empty is reported under. */
  public static final String EMPTY_SELECTOR = "testing.empty-selector";

  /** The name of the fixture's one container. */
  public static final String CONTAINER = "app";

  /** The workload name: a DNS-1123 label. */
  @Override
  @Value.Parameter
  public abstract String name();

  /** The namespace; the stack's default namespace when empty (the default). */
  @Override
  public abstract Optional<String> namespace();

  /** The named ports the container listens on, in order; none by default. */
  @Override
  public abstract List<NamedPort> ports();

  /** The labels that select the pods; {@code app.kubernetes.io/name=<name>} by default. */
  @Override
  @Value.Default
  public Map<String, String> selectorLabels() {
    return Map.of(SynthContext.NAME_LABEL, name());
  }

  /** The service account the pods run as; the workload's name by default. */
  @Override
  @Value.Default
  public String serviceAccountName() {
    return name();
  }

  @Override
  public Optional<PodDefinition> podDefinition() {
    return Optional.of(pod());
  }

  /** The container image; {@value #DEFAULT_IMAGE} by default. */
  @Value.Default
  public String image() {
    return DEFAULT_IMAGE;
  }

  /**
   * The image from an application's build the container runs instead of {@link #image()}, pinned by
   * its digest; none by default.
   */
  public abstract Optional<BuildImage> buildImage();

  @Override
  public String kind() {
    return "workload";
  }

  @Override
  public Layer layer() {
    return Layer.COMPUTE;
  }

  /** A workload called {@code name} listening on {@code ports}. */
  public static TestWorkload of(String name, NamedPort... ports) {
    return builder().name(name).addPorts(ports).build();
  }

  /** A workload called {@code name} listening on port {@code http} (8080). */
  public static TestWorkload http(String name) {
    return of(name, NamedPort.of("http", 8080));
  }

  /** A builder for every setting of the fixture. */
  public static Builder builder() {
    return new Builder();
  }

  /** This workload, in namespace {@code namespace}. */
  public abstract TestWorkload withNamespace(String namespace);

  /** This workload, with its pods selected by {@code labels} instead of its name label. */
  public abstract TestWorkload withSelectorLabels(Map<String, ? extends String> labels);

  /** This workload, running as service account {@code name} instead of its own name. */
  public abstract TestWorkload withServiceAccountName(String name);

  /** The pod the workload runs, built by the core pod model like every workload's pod. */
  @Value.Lazy
  public Pod pod() {
    Container.Builder app =
        Container.builder()
            .name(CONTAINER)
            .image(buildImage().map(Image::fromBuild).orElse(Image.of(image())))
            .addAllPorts(ports())
            .resources(Resources.of("50m", "64Mi").limits("200m", "128Mi"));
    ports().stream()
        .filter(p -> p.protocol().equals("TCP"))
        .findFirst()
        .ifPresent(p -> app.readinessProbe(Probe.tcp(p.name())));
    return Pod.builder().addContainer(app.build()).build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.label("name", name());
    checks.subdomain("serviceAccountName", serviceAccountName());
    checks.require(
        !selectorLabels().isEmpty(),
        EMPTY_SELECTOR,
        "selectorLabels",
        "a Deployment needs at least one selector label; leave the default"
            + " app.kubernetes.io/name=%s or pass labels to withSelector(...)",
        name());
    PodChecks.check(this, pod(), true, Set.of(), context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(PodIdentity.synthesize(this, pod(), context));
    out.add(
        new DeploymentBuilder()
            .withMetadata(context.metadata(this).build())
            .withNewSpec()
            .withReplicas(1)
            .withNewSelector()
            .withMatchLabels(new TreeMap<>(selectorLabels()))
            .endSelector()
            .withTemplate(PodRenderer.template(this, pod(), PodExtras.none(), context))
            .endSpec()
            .build());
    return out;
  }

  /** Builds a {@link TestWorkload}. */
  public static class Builder extends ImmutableTestWorkload.Builder {}
}
