/**
 * The inner loop: a {@code skaffold.yaml} and a {@code Tiltfile} beside a synthesized stack's
 * stages ({@code synth --dev-files}) that build the application images the stack takes from a build
 * ({@link dev.stackwright.core.pod.BuildImage}) and apply the stages, in order, to a development
 * cluster.
 */
package dev.stackwright.core.dev;
