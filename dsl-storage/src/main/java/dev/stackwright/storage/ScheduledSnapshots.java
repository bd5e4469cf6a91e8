package dev.stackwright.storage;

import dev.stackwright.core.Component;
import dev.stackwright.core.Layer;
import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.contract.ClaimTemplate;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.NetworkNeed;
import dev.stackwright.core.contract.NetworkNeeds;
import dev.stackwright.core.contract.NetworkPeer;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.contract.ReplicaClaims;
import dev.stackwright.core.pod.Pod;
import dev.stackwright.core.pod.PodChecks;
import dev.stackwright.core.pod.PodDefinition;
import dev.stackwright.core.pod.PodIdentity;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Scheduled CSI snapshots of a claim, keeping the newest {@link #retention()}: synthesizes into a
 * CronJob that creates a {@code VolumeSnapshot} on every run and deletes the oldest ones it made
 * beyond the retention, plus its own ServiceAccount, and a Role and RoleBinding granting only
 * create, list and delete on volume snapshots of its namespace. The pod meets the restricted Pod
 * Security Standard. Snapshots stay in the cluster's storage: this is not an off-site backup. Its
 * pods need the cluster's API server, where the network policies allow them to reach it.
 *
 * <pre>{@code
 * ScheduledSnapshots nightly = ScheduledSnapshots.of(data, "0 2 * * *", 7);
 * }</pre>
 */
@Value.Immutable
@StackwrightStyle
public abstract class ScheduledSnapshots implements PodSet, NetworkNeeds {

  /**
   * The default job image: kubectl with a POSIX shell (the retention step needs one), pinned by
   * version.
   */
  public static final String DEFAULT_IMAGE = "docker.io/alpine/k8s:1.33.4";

  /** The label every snapshot taken by a schedule carries: the schedule's name. */
  public static final String SCHEDULE_LABEL = "snapshots.stackwright.dev/schedule";

  private static final Set<String> MACROS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final Pattern CRON =
      Pattern.compile("[0-9A-Za-z*/,?-]+(\\s+[0-9A-Za-z*/,?-]+){4}");
  private static final int MAX_CRONJOB_NAME = 52;

  @Override
  public abstract String name();

  @Override
  public abstract Optional<String> namespace();

  /** The claim to snapshot, in the schedule's namespace. */
  public abstract String claim();

  /**
   * The StatefulSet whose replica's claim {@link #claim()} is, when given by type with {@link
   * #ofReplica}: the schedule then depends on it and the claim is known, not assumed.
   */
  public abstract Optional<ReplicaClaims> replicaSet();

  /** When to take a snapshot: a five-field cron expression or a macro such as {@code @daily}. */
  public abstract String schedule();

  /** The time zone of the schedule (an IANA name such as {@code Europe/Paris}); the cluster's. */
  public abstract Optional<String> timeZone();

  /** How many of the schedule's snapshots to keep; 7 by default. */
  @Value.Default
  public int retention() {
    return 7;
  }

  /** The snapshot class; empty means the default class of the claim's driver. */
  public abstract Optional<String> snapshotClass();

  /** The job image: kubectl and a POSIX shell; {@value #DEFAULT_IMAGE} by default. */
  @Value.Default
  public String image() {
    return DEFAULT_IMAGE;
  }

  /** The non-root user id the job runs as. */
  @Value.Default
  public long runAsUser() {
    return 65532L;
  }

  @Override
  public String kind() {
    return "scheduled-snapshots";
  }

  @Override
  public Layer layer() {
    return Layer.STORAGE;
  }

  /** Snapshots of {@code claim} on {@code schedule}, keeping {@code retention}; named after it. */
  public static ScheduledSnapshots of(Claim claim, String schedule, int retention) {
    return builder()
        .name(claim.name() + "-snapshots")
        .namespace(claim.namespace())
        .claim(claim.name())
        .schedule(schedule)
        .retention(retention)
        .build();
  }

  /**
   * Snapshots of the claim that replica {@code ordinal} of {@code set} gets from {@code template},
   * on {@code schedule}, keeping {@code retention}; named {@code <set>-<template>-snapshots}.
   */
  public static ScheduledSnapshots ofReplica(
      ReplicaClaims set, ClaimTemplate template, int ordinal, String schedule, int retention) {
    return builder()
        .name(set.name() + "-" + template.name() + "-snapshots")
        .namespace(set.namespace())
        .replicaClaim(set, template, ordinal)
        .schedule(schedule)
        .retention(retention)
        .build();
  }

  /** A builder for a snapshot schedule. */
  public static Builder builder() {
    return new Builder();
  }

  /** The job's pod, built and checked by the core's pod model like every workload's. */
  @Value.Lazy
  public Pod pod() {
    return SnapshotCronJob.pod(this);
  }

  /**
   * The snapshot job's pods, as a pod set: network policies can then let them reach the API server
   * (they create and delete VolumeSnapshots) while everything else stays denied.
   */
  @Override
  public Map<String, String> selectorLabels() {
    return Map.of(SynthContext.NAME_LABEL, name());
  }

  /** The job listens on no port. */
  @Override
  public List<NamedPort> ports() {
    return List.of();
  }

  /** The job's own ServiceAccount, named like the schedule. */
  @Override
  public String serviceAccountName() {
    return name();
  }

  @Override
  public List<Component> dependsOn() {
    return replicaSet().map(s -> List.<Component>of(s)).orElse(List.of());
  }

  @Override
  public Optional<PodDefinition> podDefinition() {
    return Optional.of(pod());
  }

  @Override
  public void validate(SynthContext context, Checks checks) {
    if (checks.label("name", name())) {
      checks.require(
          name().length() <= MAX_CRONJOB_NAME,
          Rules.INVALID_NAME,
          "name",
          "a CronJob name is at most %d characters, was %d (\"%s\")",
          MAX_CRONJOB_NAME,
          name().length(),
          name());
    }
    checks.require(
        isSchedule(schedule()),
        StorageRules.INVALID_SCHEDULE,
        "schedule",
        "expected five cron fields (minute hour day-of-month month day-of-week) such as"
            + " \"0 2 * * *\", or a macro such as @daily; set the zone with timeZone, was \"%s\"",
        schedule());
    checks.require(
        retention() >= 1,
        StorageRules.INVALID_COUNT,
        "retention",
        "expected to keep at least 1 snapshot, was %d",
        retention());
    if (replicaSet().isPresent()) {
      ReplicaClaims set = replicaSet().get();
      boolean held =
          set.claimTemplates().stream()
              .anyMatch(t -> claim().startsWith(t.name() + "-" + set.name() + "-"));
      checks.require(
          held,
          StorageRules.UNKNOWN_CLAIM,
          "claim",
          "%s %s has no claim template that makes claim \"%s\"",
          set.kind(),
          set.name(),
          claim());
    } else {
      SnapshotChecks.claim(claim(), context.namespaceOf(this), context, checks);
    }
    PodChecks.check(this, pod(), false, Set.of(), context, checks);
    snapshotClass().ifPresent(c -> SnapshotChecks.snapshotClass(c, context, checks));
  }

  static boolean isSchedule(String schedule) {
    String s = schedule.trim();
    return MACROS.contains(s) || CRON.matcher(s).matches();
  }

  @Override
  public List<HasMetadata> synthesize(SynthContext context) {
    List<HasMetadata> out = new ArrayList<>(PodIdentity.synthesize(this, pod(), context));
    out.add(SnapshotCronJob.build(this, context));
    return out;
  }

  /** Builds {@link ScheduledSnapshots}. */
  public static class Builder extends ImmutableScheduledSnapshots.Builder {

    /** The claim that replica {@code ordinal} of {@code set} gets from {@code template}. */
    public Builder replicaClaim(ReplicaClaims set, ClaimTemplate template, int ordinal) {
      claim(set.claimName(template, ordinal));
      replicaSet(set);
      return this;
    }

    /** The snapshot class of the stack to use. */
    public Builder snapshotClass(SnapshotClass snapshotClass) {
      snapshotClass(snapshotClass.name());
      return this;
    }
  }

  /** The job creates, lists and deletes VolumeSnapshots through the API server. */
  @Override
  public List<NetworkNeed> networkNeeds(SynthContext context) {
    return List.of(NetworkNeed.of(NetworkPeer.pods(this), NetworkPeer.apiServer()));
  }
}
