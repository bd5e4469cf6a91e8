/**
 * RBAC beyond a workload's namespace: {@link dev.stackwright.security.rbac.ClusterGrant}s (a
 * ClusterRole bound cluster-wide or in chosen namespaces) to workloads, shared or existing service
 * accounts, users and groups, with least privilege checked; and {@link
 * dev.stackwright.security.rbac.SharedServiceAccount}s for teams whose jobs share one identity.
 */
@StackwrightStyle
package dev.stackwright.security.rbac;

import dev.stackwright.core.StackwrightStyle;
