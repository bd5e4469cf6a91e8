package dev.stackwright.security.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One admission rule as both engines render it: its name, the synth-time rule it enforces, what it
 * matches and its checks, with parameters written in ({@code literalChecks}, for Kyverno) or read
 * from a constraint ({@code paramChecks}, for Gatekeeper, with {@code params} the constraint's
 * values).
 */
record PlannedRule(
    String name,
    String ruleId,
    String description,
    List<MatchKind> kinds,
    List<String> namespaces,
    Optional<String> policyNamespace,
    List<CelCheck> literalChecks,
    List<CelCheck> paramChecks,
    Map<String, List<String>> params) {}
