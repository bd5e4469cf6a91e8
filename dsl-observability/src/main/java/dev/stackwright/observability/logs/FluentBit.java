package dev.stackwright.observability.logs;

import dev.stackwright.core.Component;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.cluster.ApiKind;
import dev.stackwright.core.contract.ExtraFile;
import dev.stackwright.core.release.ChartRelease;
import dev.stackwright.core.release.ReleasePods;
import dev.stackwright.core.release.TypedRelease;
import dev.stackwright.core.release.UpstreamRelease;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Rules;
import dev.stackwright.observability.ObservabilityRules;
import dev.stackwright.observability.ReleaseValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The log collection agent: Fluent Bit on every node as a DaemonSet, a release of the {@code
 * fluent-bit} chart (fluent) whose pipeline is generated from the {@link Logs} declarations that
 * name it and which ships to its {@link LogBackend}.
 *
 * <p>It is restricted as far as an agent reading the nodes' log files can be: no privilege
 * escalation, every capability dropped, a read-only root filesystem, RuntimeDefault seccomp, no
 * host network. Its exceptions are visible in its values and reported as {@code
 * security.pod-security-opt-out} warnings, which the definition acknowledges: the {@code hostPath}
 * volumes of the nodes' {@code /var/log} (read-only) and of the agent's state folder (its read
 * positions), and running as root, the owner of the log files. Its namespace must enforce the
 * privileged Pod Security level (hostPath volumes are outside baseline), else {@code
 * pod.pod-security-level}.
 *
 * <pre>{@code
 * FluentBit agent = FluentBit.builder().namespace("logging").backend(loki).build();
 * Logs.of(api, agent).format(LogFormat.JSON).build();
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class FluentBit implements UpstreamRelease, TypedRelease {

  /** What the agent's pods need, checked against the namespace they run in. */
  private static final ReleasePods AGENT_PODS =
      ReleasePods.builder()
          .what("fluent-bit")
          .level(PodSecurityLevel.PRIVILEGED)
          .reasons(
              "hostPath volumes of the nodes' /var/log (read-only) and of the agent's state"
                  + " folder, root to read the log files")
          .path("namespace")
          .turnOff("an agent cannot read the nodes' log files without them")
          .moveWith("namespace(...) naming a privileged namespace for the agent alone")
          .build();

  /** The release name; {@code fluent-bit}. */
  @Override
  @Value.Default
  public String name() {
    return "fluent-bit";
  }

  /** The chart version, pinned (Fluent Bit 5.1.1). */
  @Value.Default
  public String version() {
    return "0.58.1";
  }

  /** The chart repository. */
  @Value.Default
  public String repository() {
    return "https://fluent.github.io/helm-charts";
  }

  /** Where the agent ships every workload's records. */
  public abstract LogBackend backend();

  /** The CPU request of each agent pod. */
  @Value.Default
  public String cpuRequest() {
    return "50m";
  }

  /** The memory request of each agent pod. */
  @Value.Default
  public String memoryRequest() {
    return "64Mi";
  }

  /** The memory limit of each agent pod. */
  @Value.Default
  public String memoryLimit() {
    return "256Mi";
  }

  /** Components the release waits for besides its backend. */
  public abstract List<Component> extraDependsOn();

  @Override
  public List<Component> dependsOn() {
    List<Component> all = new ArrayList<>(extraDependsOn());
    all.add(backend());
    return List.copyOf(all);
  }

  /** A builder for the agent. */
  public static Builder builder() {
    return new Builder();
  }

  /** The log declarations of the stack that name this agent, by namespace and workload. */
  public List<Logs> declarations(SynthContext context) {
    return context.componentsOf(Logs.class).stream()
        .filter(l -> context.idOf(l.agent()).equals(context.idOf(this)))
        .sorted(
            Comparator.comparing((Logs l) -> context.namespaceOf(l.workload()))
                .thenComparing(l -> l.workload().name()))
        .toList();
  }

  /** The chart values: typed settings, the generated pipeline, {@link #extraValues()} over. */
  public Map<String, Object> values(SynthContext context) {
    FluentBitConfig pipeline = new FluentBitConfig(declarations(context), backend(), context);
    Map<String, Object> config = new TreeMap<>();
    config.put("inputs", oneTrailingNewline(pipeline.inputs()));
    config.put("filters", oneTrailingNewline(pipeline.filters()));
    config.put("outputs", oneTrailingNewline(pipeline.outputs()));
    config.put("customParsers", oneTrailingNewline(pipeline.customParsers()));
    Map<String, Object> values = new TreeMap<>();
    values.put("config", config);
    values.put("testFramework", Map.of("enabled", false));
    values.put(
        "daemonSetVolumes",
        List.of(
            Map.of("name", "varlog", "hostPath", Map.of("path", "/var/log")),
            Map.of(
                "name",
                "state",
                "hostPath",
                Map.of("path", FluentBitConfig.STATE_DIR, "type", "DirectoryOrCreate"))));
    values.put(
        "daemonSetVolumeMounts",
        List.of(
            Map.of("name", "varlog", "mountPath", "/var/log", "readOnly", true),
            Map.of("name", "state", "mountPath", FluentBitConfig.STATE_DIR)));
    Map<String, Object> pod = new TreeMap<>();
    pod.put("runAsNonRoot", false);
    pod.put("runAsUser", 0);
    pod.put("runAsGroup", 0);
    pod.put("seccompProfile", Map.of("type", "RuntimeDefault"));
    values.put("podSecurityContext", pod);
    Map<String, Object> container = new TreeMap<>(ReleaseValues.restrictedContainer(true));
    container.put("privileged", false);
    values.put("securityContext", container);
    values.put("hostNetwork", false);
    values.put(
        "resources",
        Map.of(
            "requests", Map.of("cpu", cpuRequest(), "memory", memoryRequest()),
            "limits", Map.of("memory", memoryLimit())));
    return ReleaseValues.merge(values, extraValues());
  }

  private static String oneTrailingNewline(String sections) {
    return sections.isEmpty() ? sections : sections.stripTrailing() + "\n";
  }

  /** The chart release the agent synthesizes through, in {@code context}. */
  public ChartRelease release(SynthContext context) {
    ChartRelease.Builder release =
        ChartRelease.builder()
            .name(name())
            .chart("fluent-bit")
            .repository(repository())
            .version(version())
            .target(target())
            .putAllValues(values(context))
            .addPrivilegedPod(AGENT_PODS)
            // Loki's own chart release, so Flux installs the agent after its backend.
            .addAllDependsOn(
                dependsOn().stream()
                    .map(d -> d instanceof Loki loki ? loki.release(context) : d)
                    .toList());
    namespace().ifPresent(release::namespace);
    return release.build();
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    checks.require(
        context.contains(backend()),
        ObservabilityRules.UNKNOWN_BACKEND,
        "backend",
        "log backend %s \"%s\" is not part of the stack; add it to the stack",
        backend().kind(),
        backend().name());
    checks.quantity("cpuRequest", cpuRequest());
    checks.quantity("memoryRequest", memoryRequest());
    checks.quantity("memoryLimit", memoryLimit());
    checks.warn(
        Rules.POD_SECURITY_OPT_OUT,
        "values.daemonSetVolumes[varlog]",
        "a hostPath volume of the nodes' /var/log (read-only) gives the agent the log files of"
            + " every pod, outside the restricted Pod Security Standard");
    checks.warn(
        Rules.POD_SECURITY_OPT_OUT,
        "values.daemonSetVolumes[state]",
        "a hostPath volume of %s keeps the agent's read positions across restarts, outside the"
            + " restricted Pod Security Standard",
        FluentBitConfig.STATE_DIR);
    checks.warn(
        Rules.POD_SECURITY_OPT_OUT,
        "values.podSecurityContext.runAsUser",
        "runAsUser 0 runs the agent as root, the owner of the nodes' log files, outside the"
            + " restricted Pod Security Standard");
    release(context).validate(context, checks);
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    return release(context).synthesize(context);
  }

  @Override
  public List<ApiKind> installedKinds() {
    return List.of();
  }

  @Override
  public List<ExtraFile> files(SynthContext context) {
    return release(context).files(context);
  }

  /** Builds a {@link FluentBit}. */
  public static class Builder extends ImmutableFluentBit.Builder {}
}
