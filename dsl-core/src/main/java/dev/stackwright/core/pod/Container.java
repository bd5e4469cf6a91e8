package dev.stackwright.core.pod;

import dev.stackwright.core.Component;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.NamedPort;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.LifecycleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One container of a pod: image, command, named ports, environment, mounts, resources, probes,
 * lifecycle hooks and its security settings (restricted unless opted out). Synthesizes into a
 * Kubernetes {@code Container}.
 *
 * <pre>{@code
 * Container.builder()
 *     .name("app")
 *     .image("registry.example.com/api:1.4.2")
 *     .addPort(NamedPort.of("http", 8080))
 *     .resources(Resources.of("100m", "128Mi").limits("500m", "256Mi"))
 *     .readinessProbe(Probe.http("/healthz", "http"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Container {

  /** The container name: a DNS-1123 label, unique in the pod. */
  public abstract String name();

  /** The image to run. */
  public abstract Image image();

  /** The entrypoint, replacing the image's. */
  public abstract List<String> command();

  /** The arguments, replacing the image's. */
  public abstract List<String> args();

  /** The ports the container listens on, by name. */
  public abstract List<NamedPort> ports();

  /** Environment variables. */
  public abstract List<Env> env();

  /** Whole configs or Secrets as environment variables. */
  public abstract List<EnvFrom> envFrom();

  /** Volumes mounted into the container. */
  public abstract List<Mount> mounts();

  /** CPU, memory and other resources. */
  public abstract Optional<Resources> resources();

  /** Whether the container is ready for traffic. */
  public abstract Optional<Probe> readinessProbe();

  /** Whether the container is alive; failing restarts it. */
  public abstract Optional<Probe> livenessProbe();

  /** Whether a slow-starting container has started; holds the other probes back until then. */
  public abstract Optional<Probe> startupProbe();

  /** Runs right after the container starts. */
  public abstract Optional<Hook> postStart();

  /** Runs before the container is stopped. */
  public abstract Optional<Hook> preStop();

  /** The working directory. */
  public abstract Optional<String> workingDir();

  /** The image pull policy: {@code Always}, {@code IfNotPresent} or {@code Never}. */
  public abstract Optional<String> imagePullPolicy();

  /** The security settings; restricted unless opted out field by field. */
  @Value.Default
  public ContainerSecurity security() {
    return ContainerSecurity.restricted();
  }

  /** A container called {@code name} running {@code image}. */
  public static Container of(String name, String image) {
    return builder().name(name).image(image).build();
  }

  /** A builder for a container. */
  public static Builder builder() {
    return new Builder();
  }

  /** The components this container reads from (configs, plaintext secrets). */
  List<Component> components() {
    List<Component> out = new ArrayList<>();
    for (Env e : env()) {
      e.component().ifPresent(out::add);
    }
    for (EnvFrom e : envFrom()) {
      e.component().ifPresent(out::add);
    }
    for (Mount m : mounts()) {
      m.source().flatMap(s -> s.component()).ifPresent(out::add);
    }
    return out;
  }

  io.fabric8.kubernetes.api.model.Container toContainer(boolean sidecar, ImageReferences images) {
    ContainerBuilder b =
        new ContainerBuilder()
            .withName(name())
            .withImage(images.written(image()).reference())
            .withSecurityContext(security().toSecurityContext());
    if (!command().isEmpty()) {
      b.withCommand(command());
    }
    if (!args().isEmpty()) {
      b.withArgs(args());
    }
    for (NamedPort p : ports()) {
      b.addToPorts(
          new ContainerPortBuilder()
              .withName(p.name())
              .withContainerPort(p.port())
              .withProtocol(p.protocol())
              .build());
    }
    env().forEach(e -> b.addToEnv(e.toEnvVar()));
    envFrom().forEach(e -> b.addToEnvFrom(e.toSource()));
    mounts().forEach(m -> b.addToVolumeMounts(m.toVolumeMount()));
    resources().ifPresent(r -> b.withResources(r.toRequirements()));
    readinessProbe().ifPresent(p -> b.withReadinessProbe(p.toProbe()));
    livenessProbe().ifPresent(p -> b.withLivenessProbe(p.toProbe()));
    startupProbe().ifPresent(p -> b.withStartupProbe(p.toProbe()));
    if (postStart().isPresent() || preStop().isPresent()) {
      LifecycleBuilder l = new LifecycleBuilder();
      postStart().ifPresent(h -> l.withPostStart(h.toHandler()));
      preStop().ifPresent(h -> l.withPreStop(h.toHandler()));
      b.withLifecycle(l.build());
    }
    workingDir().ifPresent(b::withWorkingDir);
    imagePullPolicy().ifPresent(b::withImagePullPolicy);
    if (sidecar) {
      b.withRestartPolicy("Always");
    }
    return b.build();
  }

  /** Builds a {@link Container}. */
  public static class Builder extends ImmutableContainer.Builder {

    /** The image, from its reference such as {@code registry.example.com/api:1.4.2}. */
    public Builder image(String reference) {
      image(Image.of(reference));
      return this;
    }

    /** The image the application's build produced, pinned by digest: see {@link BuildImage}. */
    public Builder image(BuildImage build) {
      image(Image.fromBuild(build));
      return this;
    }
  }
}
