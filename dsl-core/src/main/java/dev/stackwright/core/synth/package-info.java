/**
 * The synthesizer, a pure function from a stack to its ordered, labelled, validated objects and
 * diagnostics, and the context components synthesize in.
 */
package dev.stackwright.core.synth;
