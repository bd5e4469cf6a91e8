/**
 * The mesh layer: one mesh-neutral API (membership, mutual TLS, routes with canaries, retries and
 * timeouts, authorization, the control plane) rendered for Istio or Linkerd.
 */
package dev.stackwright.mesh;
