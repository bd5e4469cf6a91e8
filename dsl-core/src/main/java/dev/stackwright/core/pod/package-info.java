/**
 * The one pod model every pod-running component uses: containers, images and the registry policy,
 * resources, probes, env, mounts and volumes, the restricted security context with visible opt-
 * outs, the per-pod service account and grants, Pod Security admission, and other layers'
 * decorations.
 */
package dev.stackwright.core.pod;
