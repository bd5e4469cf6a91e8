package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A health check of a container, used as its readiness, liveness or startup probe: an HTTP GET, a
 * TCP connect, a command or a gRPC health check. The port is a port name the container declares
 * (such as {@code http}) or a number. Synthesizes into a Kubernetes {@code Probe}.
 *
 * <pre>{@code
 * Probe.http("/healthz", "http").withInitialDelaySeconds(5)
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class Probe {

  /** How the probe checks the container. */
  public enum Action {
    HTTP,
    TCP,
    EXEC,
    GRPC
  }

  /** How the probe checks the container. */
  public abstract Action action();

  /** The HTTP path, for an HTTP probe. */
  public abstract Optional<String> path();

  /** The port name or number, for HTTP, TCP and gRPC probes. */
  public abstract Optional<String> port();

  /** The command, for an exec probe. */
  public abstract List<String> command();

  /** The gRPC health service name, for a gRPC probe. */
  public abstract Optional<String> grpcService();

  /** Seconds before the first check. */
  @Value.Default
  public int initialDelaySeconds() {
    return 0;
  }

  /** Seconds between checks. */
  @Value.Default
  public int periodSeconds() {
    return 10;
  }

  /** Seconds after which a check times out. */
  @Value.Default
  public int timeoutSeconds() {
    return 1;
  }

  /** Consecutive failures before the probe fails. */
  @Value.Default
  public int failureThreshold() {
    return 3;
  }

  /** An HTTP GET of {@code path} on {@code port} (a port name or number). */
  public static Probe http(String path, String port) {
    return ImmutableProbe.builder().action(Action.HTTP).path(path).port(port).build();
  }

  /** An HTTP GET of {@code path} on port number {@code port}. */
  public static Probe http(String path, int port) {
    return http(path, String.valueOf(port));
  }

  /** A TCP connect to {@code port} (a port name or number). */
  public static Probe tcp(String port) {
    return ImmutableProbe.builder().action(Action.TCP).port(port).build();
  }

  /** A command run in the container; exit status 0 is healthy. */
  public static Probe exec(String... command) {
    return ImmutableProbe.builder().action(Action.EXEC).addCommand(command).build();
  }

  /** A gRPC health check on port number {@code port} (gRPC probes need a number). */
  public static Probe grpc(int port) {
    return ImmutableProbe.builder().action(Action.GRPC).port(String.valueOf(port)).build();
  }

  /** This probe, waiting {@code seconds} before the first check. */
  public abstract Probe withInitialDelaySeconds(int seconds);

  /** This probe, checking every {@code seconds}. */
  public abstract Probe withPeriodSeconds(int seconds);

  /** This probe, timing out after {@code seconds}. */
  public abstract Probe withTimeoutSeconds(int seconds);

  /** This probe, failing after {@code failures} consecutive failures. */
  public abstract Probe withFailureThreshold(int failures);

  /** This gRPC probe, checking the named health service. */
  public abstract Probe withGrpcService(String name);

  void validate(Checks checks, Container container) {
    if (action() == Action.HTTP && !path().orElse("").startsWith("/")) {
      checks.error(
          PodRules.INVALID_PROBE,
          "path",
          "expected an absolute HTTP path such as /healthz, was \"%s\"",
          path().orElse(""));
    }
    if (action() == Action.EXEC && command().isEmpty()) {
      checks.error(PodRules.INVALID_PROBE, "command", "an exec probe needs a command");
    }
    port().ifPresent(p -> Ports.checkReference(checks, "port", p, container));
    if (action() == Action.GRPC && !Ports.isNumber(port().orElse(""))) {
      checks.error(PodRules.INVALID_PROBE, "port", "a gRPC probe needs a port number, was a name");
    }
    checks.require(
        initialDelaySeconds() >= 0 && periodSeconds() >= 1 && timeoutSeconds() >= 1,
        PodRules.INVALID_PROBE,
        "",
        "expected initialDelay >= 0, period >= 1 and timeout >= 1 seconds, was %d, %d and %d",
        initialDelaySeconds(),
        periodSeconds(),
        timeoutSeconds());
    checks.require(
        failureThreshold() >= 1,
        PodRules.INVALID_PROBE,
        "failureThreshold",
        "expected at least 1, was %d",
        failureThreshold());
  }

  io.fabric8.kubernetes.api.model.Probe toProbe() {
    ProbeBuilder b =
        new ProbeBuilder()
            .withPeriodSeconds(periodSeconds())
            .withTimeoutSeconds(timeoutSeconds())
            .withFailureThreshold(failureThreshold());
    if (initialDelaySeconds() > 0) {
      b.withInitialDelaySeconds(initialDelaySeconds());
    }
    IntOrString port = Ports.intOrString(port().orElse("0"));
    switch (action()) {
      case HTTP -> b.withNewHttpGet().withPath(path().orElse("/")).withPort(port).endHttpGet();
      case TCP -> b.withNewTcpSocket().withPort(port).endTcpSocket();
      case EXEC -> b.withNewExec().withCommand(command()).endExec();
      case GRPC ->
          b.withNewGrpc()
              .withPort(Ports.number(port().orElse("0")))
              .withService(grpcService().orElse(null))
              .endGrpc();
    }
    return b.build();
  }
}
