/**
 * Admission policies from the stack's own rules: the rules Stackwright checks every pod against at
 * synth time (the restricted profile, allowed registries, required labels, pinned images, memory
 * limits) rendered as CEL admission policies for Kyverno ({@code ClusterPolicy}/{@code Policy}) or
 * OPA Gatekeeper ({@code ConstraintTemplate} + constraints), audit or enforce per environment, with
 * user-written rules beside them and the engine itself as a typed upstream release.
 */
@StackwrightStyle
package dev.stackwright.security.policy;

import dev.stackwright.core.StackwrightStyle;
