/**
 * The security layer beyond the pod: admission policies generated from the stack's own rules, the
 * image supply chain, secrets from external stores, certificates and cluster-wide RBAC. The pod's
 * own restricted defaults stay in {@code dev.stackwright.core.pod}.
 */
package dev.stackwright.security;
