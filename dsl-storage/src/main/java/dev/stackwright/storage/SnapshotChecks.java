package dev.stackwright.storage;

import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import java.util.List;
import java.util.stream.Collectors;

/** The checks a snapshot and a snapshot schedule share: the claim and the snapshot class. */
final class SnapshotChecks {
  private SnapshotChecks() {}

  /** Warns when the claim is not declared in the stack (a StatefulSet's claims never are). */
  static void claim(String claim, String namespace, SynthContext context, Checks checks) {
    if (!checks.label("claim", claim)) {
      return;
    }
    if (!StorageIndex.of(context).hasClaim(namespace, claim)) {
      checks.warn(
          StorageRules.ASSUMED_CLAIM,
          "claim",
          "claim \"%s\" is not declared in namespace %s of the stack; it is assumed to exist (as"
              + " a StatefulSet's per-replica claims do)",
          claim,
          namespace);
    }
  }

  /** Reports a snapshot class the stack does not declare, when it declares any. */
  static void snapshotClass(String name, SynthContext context, Checks checks) {
    List<SnapshotClass> declared = context.componentsOf(SnapshotClass.class);
    if (!declared.isEmpty() && declared.stream().noneMatch(c -> c.name().equals(name))) {
      checks.error(
          StorageRules.UNKNOWN_SNAPSHOT_CLASS,
          "snapshotClass",
          "snapshot class \"%s\" is not declared in the stack (declared: %s)",
          name,
          declared.stream().map(SnapshotClass::name).sorted().collect(Collectors.joining(", ")));
    }
  }
}
