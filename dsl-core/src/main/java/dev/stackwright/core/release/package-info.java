/**
 * Releases of upstream Helm charts with typed values, rendered for Flux, Argo CD or helmfile, and
 * the CRDs and classes they provide.
 */
package dev.stackwright.core.release;
