package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.LifecycleHandlerBuilder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container lifecycle hook (post-start or pre-stop): a command, an HTTP GET or a pause.
 * Synthesizes into a Kubernetes {@code LifecycleHandler}.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Hook {

  /** The command to run, for a command hook. */
  public abstract List<String> command();

  /** The HTTP path, for an HTTP hook. */
  public abstract Optional<String> path();

  /** The port name or number, for an HTTP hook. */
  public abstract Optional<String> port();

  /** Seconds to pause, for a sleep hook. */
  public abstract Optional<Long> sleepSeconds();

  /** Runs {@code command} in the container. */
  public static Hook exec(String... command) {
    return ImmutableHook.builder().addCommand(command).build();
  }

  /** Sends an HTTP GET to {@code path} on {@code port} (a name or number). */
  public static Hook http(String path, String port) {
    return ImmutableHook.builder().path(path).port(port).build();
  }

  /** Pauses for {@code seconds}: a pre-stop pause lets endpoints drain before shutdown. */
  public static Hook sleep(long seconds) {
    return ImmutableHook.builder().sleepSeconds(seconds).build();
  }

  void validate(Checks checks, Container container) {
    port().ifPresent(p -> Ports.checkReference(checks, "port", p, container));
    path()
        .filter(p -> !p.startsWith("/"))
        .ifPresent(
            p ->
                checks.error(
                    PodRules.INVALID_PROBE, "path", "expected an absolute path, was \"%s\"", p));
    sleepSeconds()
        .filter(s -> s < 0)
        .ifPresent(
            s -> checks.error(PodRules.INVALID_COUNT, "sleepSeconds", "expected >= 0, was %d", s));
  }

  LifecycleHandler toHandler() {
    LifecycleHandlerBuilder b = new LifecycleHandlerBuilder();
    if (!command().isEmpty()) {
      b.withNewExec().withCommand(command()).endExec();
    } else if (path().isPresent()) {
      b.withNewHttpGet()
          .withPath(path().get())
          .withPort(Ports.intOrString(port().orElse("0")))
          .endHttpGet();
    } else {
      b.withNewSleep().withSeconds(sleepSeconds().orElse(0L)).endSleep();
    }
    return b.build();
  }
}
