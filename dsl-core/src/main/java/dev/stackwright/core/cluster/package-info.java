/**
 * The cluster a stack is built for: its Kubernetes version, what it already provides (CRDs,
 * controllers, ingress and gateway classes), and the API versions each Kubernetes release serves.
 */
package dev.stackwright.core.cluster;
